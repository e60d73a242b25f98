# Sourced by the kill tests: the batch they import — the bundled letters, four other councils' and a
# data table long enough for kills to land inside it: the shared data's LAIT extract, or the copy the
# product ships beside its corpus (without one, a fresh clone's letters were saved before any kill).
# Needs corpus, data, shared and work set; sets the array batch.
batch=("$corpus"/*.txt "$data"/variants/apa-2007-derbyshire.txt "$data"/variants/rating-2009-nottingham.txt
       "$data"/variants/assessment-2010-camden.txt "$data"/variants/report-2008-derby.txt)
lait=$shared/lait-leicester-leicestershire-neighbours.csv
[ -f "$lait" ] || lait=$corpus/../published/lait-leicester-leicestershire-neighbours.csv
if [ -f "$lait" ]; then
    head -n 30000 "$lait" >"$work/extract.csv"
    batch+=("$work/extract.csv")
fi
