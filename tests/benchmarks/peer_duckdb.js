#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole segmentation job as a data-savvy analyst would write it with DuckDB SQL:
// read both CSVs, RFM quintiles, 80/20 share, 1/4/15/80 value tiers, one call-list CSV per tier,
// best customers first. A yardstick for Segmenta's own benchmarks (same files, same run).
//
// usage: node peer_duckdb.js CUSTOMERS.csv ORDERS.csv OUTDIR [AS_OF yyyy-mm-dd]
// columns: customers.csv has customer_id; orders.csv has customer_id, order_id, order_date, amount.
// setup:   (cd SOMEDIR && npm i @duckdb/node-api); run with NODE_PATH=SOMEDIR/node_modules
const duck = require('@duckdb/node-api');
const fs = require('fs');
const [customers, orders, out, asOf] = process.argv.slice(2);
if (!out) { console.error('usage: node peer_duckdb.js CUSTOMERS.csv ORDERS.csv OUTDIR [AS_OF]'); process.exit(2); }
(async () => {
  const db = await duck.DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const t0 = Date.now();
  await c.run(`create table tx as select * from read_csv('${orders}')`);
  await c.run(`create table cu as select * from read_csv('${customers}')`);
  const t1 = Date.now();
  const end = asOf ? `date '${asOf}'` : `(select max(order_date)::date + 1 from tx)`;
  await c.run(`create table rfm as
    with s as (select customer_id, ${end} - max(order_date)::date as recency,
                      count(distinct order_id) as frequency, sum(amount) as monetary
               from tx group by customer_id),
    r as (select *, ntile(5) over (order by recency desc) as r_score, ntile(5) over (order by frequency) as f_score,
                 ntile(5) over (order by monetary) as m_score,
                 row_number() over (order by monetary desc) / count(*) over () as rank_share from s)
    select *, case when rank_share <= 0.01 then 'platinum' when rank_share <= 0.05 then 'gold'
                   when rank_share <= 0.20 then 'iron' else 'lead' end as tier from r`);
  const top = await c.runAndReadAll(`select sum(monetary) filter (where rank_share <= 0.2) / sum(monetary) from rfm`);
  fs.mkdirSync(out, { recursive: true });
  for (const t of ['platinum', 'gold', 'iron', 'lead'])
    await c.run(`copy (select cu.*, rfm.* exclude (customer_id) from cu join rfm using (customer_id)
                       where tier = '${t}' order by monetary desc) to '${out}/${t}.csv' (header)`);
  const t2 = Date.now();
  console.log(JSON.stringify({ top20_share: Number(top.getRows()[0][0]),
    seconds_read: (t1 - t0) / 1000, seconds_analyze_export: (t2 - t1) / 1000, seconds: (t2 - t0) / 1000 }));
})().catch(e => { console.error(String(e)); process.exit(1); });
