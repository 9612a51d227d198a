# Lesson 08: the densities of the thirteen families of the lesson's entropy table, one panel each
# (08_continuous --data: 08_densities.csv, column x then one column per family, in the lesson's order).
load srcdir."/style.gp"
set terminal svg size 1000,760 dynamic enhanced font "sans,11" background rgb "white"
set output outfile
data = datadir."/08_continuous/08_densities.csv"
# The panels' titles are the lesson's specs; the ranges show each family's shape.
array title[13] = ["normal(0, 2)", "exponential(3)", "gamma(2, 3)", "beta(2, 5)", "uniform(0, 0.5)", \
                   "laplace(1, 2)", "logistic(0, 1.5)", "cauchy(0, 1)", "lognormal(0, 0.5)", \
                   "students\\_t(5)", "rayleigh(2)", "weibull(1.5, 2)", "chi\\_squared(4)"]
array lo[13] = [-5, 0, 0, 0, -0.25, -5, -5, -5, 0, -5, 0, 0, 0]
array hi[13] = [5, 2, 10, 1, 0.75, 7, 5, 5, 4, 5, 8, 6, 10]
# The titles hold the lesson's parameters, which the CSV header (family names only) does not: refuse
# to draw if the lesson's columns no longer match them.
header = system("head -n 1 '".data."' | tr ',' ' '")
if (words(header) != 14) { exit error sprintf("08_densities.csv has %d columns, lesson08_densities.gp expects x and 13 families", words(header)) }
do for [i=1:13] {
  name = word(header, i+1)
  if (title[i][1:strlen(name)] ne name || title[i][strlen(name)+1:strlen(name)+1] ne "(") {
    if (!(name eq "students_t" && title[i][1:8] eq "students") && !(name eq "chi_squared" && title[i][1:3] eq "chi")) {
      exit error sprintf("08_densities.csv column %d is %s but lesson08_densities.gp titles it %s: update the script", i+1, name, title[i])
    }
  }
}
unset key
set grid
set format y "%g"
set tics font "sans,9"
set multiplot layout 4,4 margins 0.05,0.98,0.04,0.98 spacing 0.05,0.06
do for [i=1:13] {
  set label 1 title[i] at graph 0.97, graph 0.88 right front font "sans,12" textcolor rgb "#222222"
  set xrange [lo[i]:hi[i]]
  set yrange [0:*]
  set offsets 0, 0, graph 0.25, 0  # headroom for the name
  plot data using 1:(column(i+1)) with filledcurves y=0 lc rgb "#a6cbe3", \
       data using 1:(column(i+1)) with lines ls 1 lw 1.5
}
unset multiplot
