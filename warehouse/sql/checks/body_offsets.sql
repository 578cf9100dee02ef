-- Every body offset points at the text it claims.
SELECT t.article_id, t.mention_index, t.char_start, t.char_end, t.rate_text
FROM tariff_mentions AS t JOIN articles AS a USING (article_id)
WHERE t.source = 'body'
  AND substring(a.body_text, t.char_start + 1, t.char_end - t.char_start) IS DISTINCT FROM t.rate_text
UNION ALL
SELECT e.article_id, NULL, e.char_start, e.char_end, e.text
FROM entity_mentions AS e JOIN articles AS a USING (article_id)
WHERE e.source = 'body'
  AND substring(a.body_text, e.char_start + 1, e.char_end - e.char_start) IS DISTINCT FROM e.text
UNION ALL
SELECT q.article_id, q.quote_index, q.char_start, q.char_end, q.quote
FROM quotes AS q JOIN articles AS a USING (article_id)
WHERE substring(a.body_text, q.char_start + 1, q.char_end - q.char_start) IS DISTINCT FROM q.quote;
