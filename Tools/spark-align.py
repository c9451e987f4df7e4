#!/usr/bin/env python3
"""Aligns a folder of article records with Apache Spark: `hexapla align --records` as the map step.

Usage:
  spark-align.py INPUT OUTPUT [--hexapla PATH] [--master URL] [--partitions N] [-- ALIGN-OPTIONS...]

INPUT is a folder of JSON-lines record files (`hexapla records` writes them) or one such file;
OUTPUT is a new folder of unit records (part-00000, ...), which `hexapla export OUTPUT/part-*`
merges into TMX. Each partition is piped through `hexapla align --records --jobs 1 ALIGN-OPTIONS`
(Spark runs the partitions in parallel). A partition whose hexapla exits 1 (some records failed:
their error records are in the output) is kept; any other failure fails the task, which Spark
retries. Files are read in name order and partition order is kept, so the output is in input order.

--master defaults to local[2] when the script is run with python, and to what spark-submit
says when it runs under spark-submit. --hexapla is the binary's path on every node (default:
`hexapla` on PATH); on a cluster, ship it with `spark-submit --files /path/to/hexapla` and pass
`--hexapla ./hexapla`.
"""
import argparse
import os
import shlex
import sys
import time


def main():
    args, align_options = parse_arguments(sys.argv[1:])
    from pyspark import SparkConf, SparkContext

    conf = SparkConf().setAppName("hexapla-align")
    if args.master:
        conf = conf.setMaster(args.master)
    elif not conf.contains("spark.master"):
        conf = conf.setMaster("local[2]")
    started = time.time()
    sc = SparkContext(conf=conf)
    sc.setLogLevel("WARN")
    try:
        inputs = input_files(args.input)
        if not inputs:
            sys.exit(f"spark-align.py: {args.input}: no .jsonl record files")
        records = sc.textFile(",".join(inputs), minPartitions=args.partitions or sc.defaultParallelism)
        command = " ".join(
            [shlex.quote(args.hexapla), "align", "--records", "--jobs", "1"] + [shlex.quote(o) for o in align_options]
        )
        # Exit status 1 means "some records failed" (their error records are in the output).
        wrapped = shlex.join(["/bin/sh", "-c", command + '; status=$?; [ "$status" -le 1 ] || exit "$status"'])
        # pipe() starts the command with only this environment, on every executor.
        environment = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
        units = records.pipe(wrapped, env=environment, checkCode=True)
        units.saveAsTextFile(args.output)
        counts = sc.textFile(args.output).map(kind).countByValue()
    finally:
        sc.stop()
    print(
        f"spark-align.py: {counts.get('unit', 0)} units, {counts.get('error', 0)} error records "
        f"from {len(inputs)} record files in {time.time() - started:.1f} s -> {args.output}",
        file=sys.stderr,
    )


def kind(line):
    """'error' for an error record, 'unit' for a unit record."""
    return "error" if line.startswith('{"document"') and '"error":' in line else "unit"


def input_files(path):
    if os.path.isdir(path):
        names = sorted(n for n in os.listdir(path) if n.endswith((".jsonl", ".ndjson")) and not n.startswith("."))
        return [os.path.abspath(os.path.join(path, n)) for n in names]
    return [os.path.abspath(path)] if os.path.exists(path) else []


def parse_arguments(argv):
    align_options = []
    if "--" in argv:
        split = argv.index("--")
        argv, align_options = argv[:split], argv[split + 1 :]
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="a folder of .jsonl record files, or one file")
    parser.add_argument("output", help="the folder to write unit records to (must not exist)")
    parser.add_argument("--hexapla", default="hexapla", help="the hexapla binary on every node")
    parser.add_argument("--master", help="Spark master URL (default local[2], or spark-submit's)")
    parser.add_argument("--partitions", type=int, help="minimum number of partitions")
    args = parser.parse_args(argv)
    if os.path.exists(args.output):
        parser.error(f"{args.output} exists; Spark writes a new folder")
    for option in align_options:
        if option in ("--records", "--corpus", "-o", "--output", "--format"):
            parser.error(f"{option} is set by spark-align.py; give only align options such as --pivot")
    return args, align_options


if __name__ == "__main__":
    main()
