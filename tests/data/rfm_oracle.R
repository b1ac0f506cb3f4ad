# SPDX-License-Identifier: GPL-3.0-or-later
# Independent oracle for RfmScores (share rule): the scoring of the R package rfm
# (rsquaredacademy/rfm, rfm_table_order() = rfm_prep_table_data() + rfm_prep_bins() in
# R/rfm-table-transaction.R, with bins(), bins_lower(), bins_upper() from R/utils.R), re-typed
# in base R because the CRAN package cannot be installed here. Same arithmetic: R's own
# quantile(type 7) and seq(), the + 1 on the quantiles, the half-open [lower, upper) loops.
#
#   Rscript tests/data/rfm_oracle.R ../shared/data/rfm/rfm_data_orders.csv tests/data
#
# writes rfm_expected_2006-12-31.csv (default bins), rfm_expected_2006-12-31_thresholds.csv
# and rfm_expected_2006-12-31_custom.csv (the package's custom-threshold example).

args <- commandArgs(trailingOnly = TRUE)
input <- args[1]
outdir <- args[2]

data <- read.csv(input, stringsAsFactors = FALSE)
data$order_date <- as.Date(data$order_date)
analysis_date <- as.Date("2006-12-31")

# rfm_prep_table_data(): per customer max(order_date), sum(revenue), .N (data.table keeps the
# groups in order of first appearance).
ids <- unique(data$customer_id)
group <- match(data$customer_id, ids)
date_most_recent <- as.Date(as.numeric(tapply(as.numeric(data$order_date), group, max)),
                            origin = "1970-01-01")
result <- data.frame(
  customer_id = ids,
  recency_days = as.numeric(analysis_date - date_most_recent, units = "days"),
  transaction_count = tabulate(group),
  amount = as.vector(tapply(data$revenue, group, sum)),
  stringsAsFactors = FALSE
)

# R/utils.R
bins <- function(x, n_bins) {
  length_out <- n_bins + 1
  q <- unname(quantile(x, probs = seq(0, 1, length.out = length_out)))
  q[c(-1, -length_out)] + 1
}
bins_lower <- function(x, bins) append(min(x), bins)
bins_upper <- function(x, bins) c(bins, max(x) + 1)

# rfm_prep_bins()
prep_bins <- function(result, recency_bins = 5, frequency_bins = 5, monetary_bins = 5) {
  result$recency_score <- NA
  result$frequency_score <- NA
  result$monetary_score <- NA

  if (length(recency_bins) == 1) {
    rscore <- rev(seq_len(recency_bins))
    bins_recency <- bins(result$recency_days, recency_bins)
  } else {
    rscore <- rev(seq_len((length(recency_bins) + 1)))
    bins_recency <- recency_bins
  }
  lower_recency <- bins_lower(result$recency_days, bins_recency)
  upper_recency <- bins_upper(result$recency_days, bins_recency)
  for (i in seq_len(length(rscore))) {
    result$recency_score[result$recency_days >= lower_recency[i] &
      result$recency_days < upper_recency[i]] <- rscore[i]
  }

  if (length(frequency_bins) == 1) {
    fscore <- rev(seq_len(frequency_bins))
    bins_frequency <- bins(result$transaction_count, frequency_bins)
  } else {
    fscore <- rev(seq_len((length(frequency_bins) + 1)))
    bins_frequency <- frequency_bins
  }
  lower_frequency <- bins_lower(result$transaction_count, bins_frequency)
  upper_frequency <- bins_upper(result$transaction_count, bins_frequency)
  for (i in seq_len(length(fscore))) {
    result$frequency_score[result$transaction_count >= lower_frequency[i] &
      result$transaction_count < upper_frequency[i]] <- i
  }

  if (length(monetary_bins) == 1) {
    mscore <- rev(seq_len(monetary_bins))
    bins_monetary <- bins(result$amount, monetary_bins)
  } else {
    mscore <- rev(seq_len((length(monetary_bins) + 1)))
    bins_monetary <- monetary_bins
  }
  lower_monetary <- bins_lower(result$amount, bins_monetary)
  upper_monetary <- bins_upper(result$amount, bins_monetary)
  for (i in seq_len(length(mscore))) {
    result$monetary_score[result$amount >= lower_monetary[i] &
      result$amount < upper_monetary[i]] <- i
  }

  threshold <- data.frame(recency_lower = lower_recency, recency_upper = upper_recency,
                          frequency_lower = lower_frequency, frequency_upper = upper_frequency,
                          monetary_lower = lower_monetary, monetary_upper = upper_monetary)
  list(rfm = result, threshold = threshold)
}

exact <- function(x) sprintf("%.17g", x)
write_scores <- function(rfm, file) {
  rfm <- rfm[order(rfm$customer_id, method = "radix"), ]
  out <- data.frame(customer_id = rfm$customer_id, recency_days = exact(rfm$recency_days),
                    transaction_count = rfm$transaction_count, amount = exact(rfm$amount),
                    recency_score = rfm$recency_score, frequency_score = rfm$frequency_score,
                    monetary_score = rfm$monetary_score)
  write.csv(out, file.path(outdir, file), row.names = FALSE, quote = c(1))
}

default <- prep_bins(result)
write_scores(default$rfm, "rfm_expected_2006-12-31.csv")
t <- default$threshold
write.csv(data.frame(row = seq_len(nrow(t)), lapply(t, exact)),
          file.path(outdir, "rfm_expected_2006-12-31_thresholds.csv"),
          row.names = FALSE, quote = FALSE)

custom <- prep_bins(result, recency_bins = c(115, 181, 297, 482),
                    frequency_bins = c(4, 5, 6, 8), monetary_bins = c(256, 382, 506, 666))
write_scores(custom$rfm, "rfm_expected_2006-12-31_custom.csv")
