#!/usr/bin/env python3
"""Writes the f2 tables that the XAS self-absorption correction reads (bundle resources).

Input: ../shared/data/xray-tables/{Chantler,Henke}.txt.gz (f1, f2 of the elements, from XAFSmass).
Output: pipelines/org.parseq.xas/src/org/parseq/xas/xray/{chantler,henke}-f2.bin.gz
Only what absorption needs is kept (E, f2 and, for Chantler, f2tot; f1 is dropped). All table
values are float32 numbers (the original stores them so), which makes float32 storage exact.
Layout, big-endian (java.io.DataInputStream): int version 1, int number of columns c
(E first), int number of elements; per element: UTF symbol, int rows n, then c blocks of n float32.
Usage: make_f2_tables.py SHARED_TABLES_DIR OUTPUT_DIR
"""
import gzip
import struct
import sys
from pathlib import Path

import numpy as np


def read_blocks(path):
    blocks, cur = {}, None
    with gzip.open(path, 'rt') as f:
        for line in f:
            if line.startswith('## '):
                cur = line.split()[1]
                blocks[cur] = []
            elif line.startswith('#') or not line.strip():
                continue
            else:
                blocks[cur].append([float(x) for x in line.split()])
    return blocks


def write(blocks, columns, out):
    with gzip.GzipFile(out, 'wb', mtime=0) as f:
        f.write(struct.pack('>iii', 1, len(columns), len(blocks)))
        for symbol, rows in blocks.items():
            a = np.array(rows)
            name = symbol.encode('utf-8')
            f.write(struct.pack('>H', len(name)) + name + struct.pack('>i', len(a)))
            for c in columns:
                col = a[:, c].astype('>f4')
                assert np.array_equal(col.astype(np.float64), a[:, c]), (symbol, c)
                f.write(col.tobytes())


def main(src, dst):
    src, dst = Path(src), Path(dst)
    write(read_blocks(src / 'Chantler.txt.gz'), (0, 2, 3), dst / 'chantler-f2.bin.gz')
    write(read_blocks(src / 'Henke.txt.gz'), (0, 2), dst / 'henke-f2.bin.gz')
    with open(src / 'AtomicData.dat') as f, open(dst / 'atomic-masses.txt', 'w') as out:
        out.write('# Z atomic mass (g/mol), column AtomicMass of AtomicData.dat (XAFSmass, from XOP)\n')
        for line in f:
            fields = line.split()
            if fields and fields[0] != '0':
                out.write('{0} {1}\n'.format(fields[0], fields[3]))


if __name__ == '__main__':
    main(*sys.argv[1:3])
