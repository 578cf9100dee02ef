-- One row per distinct tariff measure (imposer, target, product, rate, status)
-- across all articles, so a measure reported by five articles counts once.
-- Identical article bytes loaded under two paths count once (content_sha256).
CREATE OR REPLACE VIEW tariff_measures AS
SELECT
    t.imposer,
    t.target,
    t.product,
    t.rate_pct,
    t.status,
    min(coalesce(a.published_at, a.loaded_at)) AS first_seen,
    max(coalesce(a.published_at, a.loaded_at)) AS last_seen,
    count(DISTINCT a.content_sha256) AS article_count,
    count(*) AS mention_count,
    arg_max(t.sentence, coalesce(a.published_at, a.loaded_at)) AS latest_evidence,
    arg_max(t.article_id, coalesce(a.published_at, a.loaded_at)) AS latest_article_id,
    bool_or(t.imposer_inferred OR t.target_inferred) AS any_party_inferred
FROM tariff_mentions AS t
JOIN articles AS a USING (article_id)
WHERE t.source = 'body'
GROUP BY ALL;
