-- Which outlets pad their pages most?
SELECT domain, count(*) AS pages, round(avg(filler_ratio), 3) AS mean_filler_ratio
FROM winnow.articles GROUP BY domain ORDER BY mean_filler_ratio DESC;

-- What is the filler made of, outlet by outlet?
SELECT domain, category, sum(filler_chars) AS filler_chars
FROM winnow.gold_filler_by_domain WHERE category <> 'all'
GROUP BY domain, category ORDER BY domain, filler_chars DESC;

-- Why was this block called filler? (every block carries its category and the rule that decided)
SELECT b.block_no, b.label, b.category, b.reason, substr(b.text, 1, 80) AS text
FROM winnow.page_blocks b JOIN winnow.articles a USING (page_id)
WHERE a.filler_ratio > 0.5 ORDER BY a.page_id, b.block_no LIMIT 20;

-- The biggest stories, with the outlets and days they ran.
SELECT story_id, headline, articles, size(outlets) AS outlets, first_seen, last_seen
FROM winnow.stories ORDER BY articles DESC LIMIT 10;

-- Who copies whom?
SELECT source_domain, copier_domain, copies, median_lag_hours
FROM winnow.gold_copy_flows ORDER BY copies DESC LIMIT 10;

-- What did the last write to a table do, and which run made it?
DESCRIBE HISTORY winnow.articles LIMIT 5;

-- Did the last runs succeed, what did they read, how long did each stage take, and which were up to date?
SELECT run_id, status, new_files, stage_counts['ingest']['pages'] AS new_pages,
       stage_counts['filler']['relabelled'] AS relabelled, stage_seconds, skipped_stages, error
FROM winnow.runs ORDER BY started_at DESC LIMIT 5;
