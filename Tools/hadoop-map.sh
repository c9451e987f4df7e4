#!/bin/sh
# The map step of a Hadoop streaming job (see README, "Hadoop streaming"): article records on
# standard input, unit records on standard output, through the hexapla binary shipped beside it
# (-files), with the align options given as arguments. Exit status 1 (some records failed; their
# error records are in the output) is success for Hadoop; any other failure fails the task.
dir=$(dirname "$0")
if [ -x "$dir/hexapla" ]; then hexapla="$dir/hexapla"; else hexapla=hexapla; fi
"$hexapla" align --records --jobs 1 "$@"
status=$?
[ "$status" -le 1 ] || exit "$status"
