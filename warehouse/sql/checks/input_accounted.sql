-- Every file the run listed is either loaded or quarantined, never both.
SELECT file_path, 'missing' AS problem
FROM input_files
WHERE file_path NOT IN (SELECT file_path FROM articles)
  AND file_path NOT IN (SELECT file_path FROM quarantine)
UNION ALL
SELECT file_path, 'both loaded and quarantined'
FROM articles
WHERE file_path IN (SELECT file_path FROM quarantine);
