-- National roll-up straight from the regional Parquet publications, wherever they are synced.
-- Local: run from the project folder with `duckdb -c ".read pipelines/deploy/national_rollup.sql"`.
-- Object storage: INSTALL httpfs, LOAD httpfs, create an S3 secret, and replace 'outputs' below
-- with the bucket prefix (for example 's3://copdiag-publications').
SELECT lever_code,
       count(DISTINCT region_code)    AS regions,
       round(avg(mean_relevance), 2)  AS mean_relevance,
       round(avg(mean_deployment), 2) AS mean_deployment,
       sum(n_actions)                 AS n_actions,
       sum(n_respondents)             AS n_respondents
FROM read_parquet('outputs/*/lever_state_of_play.parquet')
WHERE scope = 'region'
GROUP BY lever_code
ORDER BY n_actions DESC;
