-- Tariff rates are percentages between 0 and 10000 (anti-dumping rates
-- run into the thousands: 3,521% on Cambodian solar cells in 2025), ranges are ordered.
SELECT article_id, mention_index, rate_pct, rate_min_pct, rate_max_pct, prior_rate_pct
FROM tariff_mentions
WHERE rate_pct NOT BETWEEN 0 AND 10000
   OR prior_rate_pct NOT BETWEEN 0 AND 10000
   OR rate_min_pct > rate_max_pct
   OR (rate_max_pct IS NOT NULL AND rate_pct > rate_max_pct);
