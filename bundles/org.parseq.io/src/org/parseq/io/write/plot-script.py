#!/usr/bin/env python3
# Redraws the nodes exported by ParSeq as its plots show them: one figure per node with every
# item's curves in the item's colour and each array's line style (a twin y axis for the arrays
# drawn on the right), and one figure per image with its colour scale. It reads only the
# exported files named in SPEC below; the figures go to PNG files in OUTPUT beside this script.
#
#   python3 SCRIPT                      writes the PNGs
#   PARSEQ_PLOT_DUMP=FILE python3 SCRIPT   also writes every array it loaded to FILE, one per
#                                       line: id, shape and the values (repr, round-trip exact)
#
# Needs numpy and matplotlib (and h5py for HDF5 and NeXus files).
import json
import os
import sys

import numpy

import matplotlib
if not os.environ.get("MPLBACKEND"):
    matplotlib.use("Agg")
import matplotlib.pyplot as plt

SPEC = json.loads(r'''@SPEC@''')

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, SPEC["output"])

_open_files = {}


def _path(name):
    return os.path.join(HERE, name)


def _text(value):
    return value.decode("utf-8") if isinstance(value, bytes) else value


def _h5(name):
    import h5py
    if name not in _open_files:
        _open_files[name] = h5py.File(_path(name), "r")
    return _open_files[name]


def _json(name):
    if name not in _open_files:
        with open(_path(name), encoding="utf-8") as f:
            _open_files[name] = json.load(f)
    return _open_files[name]


def _table(name):
    if name not in _open_files:
        _open_files[name] = numpy.loadtxt(_path(name), comments="#", ndmin=2)
    return _open_files[name]


def load(source):
    """The array a source names, as a float numpy array."""
    kind = source["kind"]
    if kind == "columns":
        values = _table(source["file"])[:, source["column"]]
    elif kind == "table":
        values = _table(source["file"]).reshape(source["shape"])
    elif kind == "json":
        value = _json(source["file"])
        for key in source["path"]:
            value = value[key]
        values = numpy.asarray(value, dtype=float)
    elif kind == "hdf5":
        dataset = _h5(source["file"])[source["path"]]
        values = dataset[source["row"]] if source.get("row") is not None else dataset[()]
        values = numpy.asarray(values, dtype=float)
    else:
        raise ValueError("unknown source kind " + kind)
    if source.get("times_x_power"):
        values = values * load(source["x"]) ** source["times_x_power"]
    return values


_dumped = []


def loaded(item_id, source):
    values = load(source)
    _dumped.append((item_id, values))
    return values


def dash_style(dash):
    """ParSeq's line styles: five dash patterns (in line widths), thick for the first five arrays, thin for the next."""
    patterns = [None, (6, 4), (1.5, 3), (6, 3, 1.5, 3), (6, 3, 1.5, 3, 1.5, 3)]
    width = 1.5 if dash % 10 < 5 else 0.75
    pattern = patterns[dash % 5]
    return width, pattern


def draw_curves(figure_spec):
    fig, ax = plt.subplots(figsize=(8, 5))
    right = None
    for curve in figure_spec["curves"]:
        x = loaded(curve["xid"], curve["x"])
        y = loaded(curve["id"], curve["y"])
        axis = ax
        if curve["right"]:
            if right is None:
                right = ax.twinx()
            axis = right
        width, pattern = dash_style(curve["dash"])
        line, = axis.plot(x, y, color=curve["color"], linewidth=width, label=curve["label"])
        if pattern is not None:
            line.set_dashes(pattern)
    ax.set_title(figure_spec["title"])
    ax.set_xlabel(figure_spec["xlabel"])
    ax.set_ylabel(figure_spec["ylabel"])
    handles, labels = ax.get_legend_handles_labels()
    if right is not None:
        right.set_ylabel(figure_spec["ylabel2"])
        more_handles, more_labels = right.get_legend_handles_labels()
        handles += more_handles
        labels += more_labels
    if handles:
        ax.legend(handles, labels, fontsize="small")
    return fig


def draw_image(figure_spec):
    image = figure_spec["image"]
    values = loaded(image["id"], image["source"])
    if values.ndim == 3:  # a stack: its images summed along the first axis
        values = values.sum(axis=0)
    fig, ax = plt.subplots(figsize=(8, 5))
    extent = None
    rows = loaded(image["rowid"], image["rows"]) if image.get("rows") else None
    columns = loaded(image["columnid"], image["columns"]) if image.get("columns") else None
    if rows is not None or columns is not None:
        c0, c1 = (columns[0], columns[-1]) if columns is not None else (0, values.shape[1] - 1)
        r0, r1 = (rows[0], rows[-1]) if rows is not None else (0, values.shape[0] - 1)
        extent = (c0, c1, r1, r0)
    shown = ax.imshow(values, aspect="auto", cmap="viridis", extent=extent, interpolation="nearest")
    fig.colorbar(shown, ax=ax, label=image["label"])
    ax.set_title(figure_spec["title"])
    ax.set_xlabel(image["xlabel"])
    ax.set_ylabel(image["ylabel"])
    return fig


def main():
    os.makedirs(OUTPUT, exist_ok=True)
    for figure_spec in SPEC["figures"]:
        fig = draw_image(figure_spec) if "image" in figure_spec else draw_curves(figure_spec)
        fig.tight_layout()
        fig.savefig(os.path.join(OUTPUT, figure_spec["png"]), dpi=100)
        plt.close(fig)
    dump = os.environ.get("PARSEQ_PLOT_DUMP")
    if dump:
        with open(dump, "w", encoding="utf-8") as out:
            for item_id, values in _dumped:
                flat = numpy.ravel(values)
                out.write(item_id + "\t" + ",".join(str(n) for n in numpy.shape(values)) + "\t"
                          + " ".join(repr(float(v)) for v in flat) + "\n")
    print("wrote %d figures to %s" % (len(SPEC["figures"]), OUTPUT))


if __name__ == "__main__":
    sys.exit(main())
