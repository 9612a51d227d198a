# Lesson 13: I(X;Y) as a Venn-style bar, for the weather and the umbrella (13_mutual_information --data:
# 13_venn.csv, columns segment, lo, hi, row, in bits, the lesson's default unit). Segments 1-3 split the bar of
# H(X,Y) (row 1) into H(X|Y), I(X;Y) and H(Y|X); segment 4 is H(X) (row 2, from 0) and segment 5 is H(Y)
# (row 0, from H(X|Y)): they overlap exactly in I(X;Y).
load srcdir."/style.gp"
set terminal svg size 760,320 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
data = datadir."/13_mutual_information/13_venn.csv"
set xlabel "bits"
set yrange [-0.6:2.6]
set xrange [0:*]
set ytics ("H(Y)" 0, "H(X,Y)" 1, "H(X)" 2)
set grid noytics
set key outside right top
set style fill solid 0.55 border lc rgb "#555555"
seg(k, v) = ($1 == k) ? v : NaN
plot data using (seg(1, ($2 + $3)/2)):4:(($3 - $2)/2):(0.32) with boxxyerror lc rgb "#1f77b4" title "H(X|Y)", \
     data using (seg(2, ($2 + $3)/2)):4:(($3 - $2)/2):(0.32) with boxxyerror lc rgb "#d62728" title "I(X;Y)", \
     data using (seg(3, ($2 + $3)/2)):4:(($3 - $2)/2):(0.32) with boxxyerror lc rgb "#2ca02c" title "H(Y|X)", \
     data using (seg(4, ($2 + $3)/2)):4:(($3 - $2)/2):(0.32) with boxxyerror lc rgb "#9467bd" title "H(X)", \
     data using (seg(5, ($2 + $3)/2)):4:(($3 - $2)/2):(0.32) with boxxyerror lc rgb "#ff7f0e" title "H(Y)", \
     data using (($2 + $3)/2):4:(sprintf("%.3f", $3 - $2)) with labels font "sans,12" notitle
