# SPDX-License-Identifier: GPL-3.0-or-later
# Simplified Chinese for the purchase models beside BG/NBD and the model choice
# (core/analysis/clv/paretonbdmodel.cpp, core/analysis/clv/modelcomparison.cpp).
ZH_CN = {
    "The Pareto/NBD purchase model did not converge: the estimates ran off to a boundary (r = %1, α = %2, s = %3, β = %4), so the data do not pin the model down; %5 of %6 customers are repeat buyers.":
        "Pareto/NBD 购买模型未收敛：估计值跑到了边界（r = %1，α = %2，s = %3，β = %4），数据不足以确定模型；%6 位客户中有 %5 位是回头客。",
    "%1 was chosen: fitted before the holdout date, it forecast the holdout best (error %2 % of the actual repeat purchases, by frequency).":
        "选用 %1：用留出日期之前的数据拟合时，它对留出期的预测最准（按消费频率计，误差为实际重复购买的 %2 %）。",
    "%1 was chosen: it has the lowest BIC (%2) of the models that converged.":
        "选用 %1：在已收敛的模型中，它的 BIC 最低（%2）。",
    "No purchase model converged, so BG/NBD is kept.":
        "没有购买模型收敛，因此沿用 BG/NBD。",
}
