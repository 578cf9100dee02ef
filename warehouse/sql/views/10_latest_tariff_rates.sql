-- Latest known tariff rate per imposer, target and product, with its evidence.
-- "Latest" orders by the article's publication time (its load time when the
-- publication time is unknown), then by article id, then by the last mention in
-- the article. Rows from related headlines are left out: headlines are often
-- about other stories.
-- Two steps, so a query that needs no evidence text never reads it: the winner
-- of each group is found on narrow columns (min_by over the ordering key), and
-- only the winners are joined back for their other columns. Ranking whole rows
-- (QUALIFY row_number() ...) carried every sentence through the window: 3x slower
-- on 100,000 articles.
CREATE OR REPLACE VIEW latest_tariff_rates AS
WITH winners AS (
    SELECT min_by({article_id: t.article_id, mention_index: t.mention_index},
                  (-epoch_us(coalesce(a.published_at, a.loaded_at)), t.article_id, -t.mention_index)) AS w
    FROM tariff_mentions AS t
    JOIN articles AS a USING (article_id)
    WHERE t.source = 'body' AND t.rate_pct IS NOT NULL
    GROUP BY t.imposer, t.target, t.product
)
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
FROM winners
JOIN tariff_mentions AS t
  ON t.article_id = winners.w.article_id AND t.mention_index = winners.w.mention_index AND t.source = 'body'
JOIN articles AS a ON a.article_id = t.article_id;
