# Lesson 09: the synthetic training set, 150 points in three classes
# (09_classification_loss --data: 09_dataset.csv, columns x1, x2, class).
load srcdir."/style.gp"
set terminal svg size 560,460 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
set xlabel "x_1"
set ylabel "x_2"
set size ratio -1
set key top right
data = datadir."/09_classification_loss/09_dataset.csv"
plot data using 1:($3 == 0 ? $2 : NaN) with points pt 7 ps 0.8 lc rgb "#1f77b4" title "class 0", \
     data using 1:($3 == 1 ? $2 : NaN) with points pt 5 ps 0.8 lc rgb "#d62728" title "class 1", \
     data using 1:($3 == 2 ? $2 : NaN) with points pt 9 ps 1.0 lc rgb "#2ca02c" title "class 2"
