-- Tariff rates are percentages between 0 and 1000, ranges are ordered.
SELECT article_id, mention_index, rate_pct, rate_min_pct, rate_max_pct, prior_rate_pct
FROM tariff_mentions
WHERE rate_pct NOT BETWEEN 0 AND 1000
   OR prior_rate_pct NOT BETWEEN 0 AND 1000
   OR rate_min_pct > rate_max_pct
   OR (rate_max_pct IS NOT NULL AND rate_pct > rate_max_pct);
