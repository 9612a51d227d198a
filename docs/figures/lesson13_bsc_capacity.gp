# Lesson 13: the capacity of the binary symmetric channel against its crossover probability epsilon
# (13_mutual_information --data: 13_bsc_capacity.csv, columns epsilon, blahut_arimoto, closed_form, in bits):
# the Blahut-Arimoto value at every fifth epsilon = 0, 0.05, ..., 1 (every 5::1: the header is line 0), and the
# closed form 1 - h(epsilon) on the whole grid 0, 0.01, ..., 1.
load srcdir."/style.gp"
data = datadir."/13_mutual_information/13_bsc_capacity.csv"
set xlabel "crossover probability ε"
set ylabel "capacity C   (bits per use)"
set xrange [0:1]
set yrange [0:1.05]
set key top center
plot data using 1:3 with lines ls 1 title "1 - h(ε)", \
     data using 1:2 every 5::1 with points ls 2 pt 7 ps 0.6 title "Blahut-Arimoto"
