-- Latest known tariff rate per imposer, target and product, with its evidence.
-- "Latest" orders by the article's publication time (its load time when the
-- publication time is unknown), then by position in the article.
-- Rows from related headlines are left out: headlines are often about other stories.
CREATE OR REPLACE VIEW latest_tariff_rates AS
SELECT
    t.imposer,
    t.target,
    t.product,
    t.rate_pct,
    t.rate_min_pct,
    t.rate_max_pct,
    t.prior_rate_pct,
    t.status,
    t.effective_date,
    t.effective_grain,
    coalesce(a.published_at, a.loaded_at) AS as_of,
    a.published_at,
    t.article_id,
    a.file_path,
    t.sentence AS evidence,
    t.rate_text,
    t.rule_id
FROM tariff_mentions AS t
JOIN articles AS a USING (article_id)
WHERE t.source = 'body' AND t.rate_pct IS NOT NULL
QUALIFY row_number() OVER (
    PARTITION BY t.imposer, t.target, t.product
    ORDER BY coalesce(a.published_at, a.loaded_at) DESC, t.article_id, t.mention_index DESC
) = 1;
