-- Reserved during the first build; the owning issue fills it in (an empty migration is a no-op).
SELECT 1;
