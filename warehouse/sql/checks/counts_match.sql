-- The counts stored on articles agree with the child tables.
SELECT a.article_id, a.headline_count, count(h.position) AS headlines
FROM articles AS a LEFT JOIN related_headlines AS h USING (article_id)
GROUP BY a.article_id, a.headline_count
HAVING a.headline_count <> count(h.position);
