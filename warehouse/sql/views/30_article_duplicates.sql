-- Files with byte-identical content loaded under different paths.
CREATE OR REPLACE VIEW article_duplicates AS
SELECT
    content_sha256,
    count(*) AS copies,
    min(file_path) AS first_path,
    list(file_path ORDER BY file_path) AS paths
FROM articles
GROUP BY content_sha256
HAVING count(*) > 1;
