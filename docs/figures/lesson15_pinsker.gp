# Lesson 15: Pinsker's curve with random pairs (15_divergence_family --data: 15_random_pairs.csv, columns KL, TV,
# H, chi2 for 2000 seeded random pairs on 5 outcomes, KL in nats, the lesson's default unit; 15_bounds.csv,
# columns KL, pinsker, bretagnolle_huber, the two bounds sqrt(KL/2) and sqrt(1 - exp(-KL)) on a grid). Left:
# TV against KL on a linear scale up to 4 nats, where Pinsker's bound passes 1 and Bretagnolle-Huber's takes
# over; right: both axes logarithmic, where the nearly equal pairs lie along Pinsker's line of slope 1/2.
load srcdir."/style.gp"
set terminal svg size 1000,440 dynamic enhanced font "sans,13" background rgb "white"
set output outfile
pairs = datadir."/15_divergence_family/15_random_pairs.csv"
bounds = datadir."/15_divergence_family/15_bounds.csv"
set multiplot layout 1,2
set xlabel "KL(P||Q)   (nats)"
set ylabel "TV(P,Q)"
set xrange [0:4]
set yrange [0:1.5]
set key top left
plot 1 with lines lc rgb "#999999" dt 3 notitle, \
     pairs using 1:2 with points pt 7 ps 0.25 lc rgb "#7f7f7f" title "2000 random pairs", \
     bounds using 1:2 with lines ls 2 title "Pinsker sqrt(KL/2)", \
     bounds using 1:3 with lines ls 1 title "Bretagnolle-Huber sqrt(1 - e^{-KL})"
set logscale xy
set format x "10^{%L}"
set format y "10^{%L}"
set xrange [1e-8:6]
set yrange [1e-4:1.5]
set key bottom right
plot pairs using 1:2 with points pt 7 ps 0.25 lc rgb "#7f7f7f" title "random pairs", \
     bounds using 1:2 with lines ls 2 title "Pinsker", \
     bounds using 1:3 with lines ls 1 title "Bretagnolle-Huber"
unset multiplot
