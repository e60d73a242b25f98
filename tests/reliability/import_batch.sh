# Sourced by the kill tests: the batch they import — the bundled letters, four other councils'
# and, when the shared data is there, a data table long enough for kills to land inside it.
# Needs corpus, data, shared and work set; sets the array batch.
batch=("$corpus"/*.txt "$data"/variants/apa-2007-derbyshire.txt "$data"/variants/rating-2009-nottingham.txt
       "$data"/variants/assessment-2010-camden.txt "$data"/variants/report-2008-derby.txt)
if [ -f "$shared/lait-leicester-leicestershire-neighbours.csv" ]; then
    head -n 30000 "$shared/lait-leicester-leicestershire-neighbours.csv" >"$work/extract.csv"
    batch+=("$work/extract.csv")
fi
