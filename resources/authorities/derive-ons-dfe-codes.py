#!/usr/bin/env python3
"""Writes ons-dfe-codes.csv: the DfE LA number of every ONS code the hexagon layouts use.

The codes join through the DfE's attainment-by-19 file (la_code_9 -> la_code_3), which is too big to
ship; the few codes it lacks are listed below with the reason. tests/models/tst_mapmodel.cpp checks
the shipped file against the attainment file again whenever ../shared/data is there.

    resources/authorities/derive-ons-dfe-codes.py ../shared/data/dfe-attainment-by-19-2005-2022.csv
"""
import csv
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
attainment = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    here, '..', '..', '..', 'shared', 'data', 'dfe-attainment-by-19-2005-2022.csv')

joined = {}
with open(attainment, newline='') as f:
    for row in csv.DictReader(f):
        if row['la_code_3'].isdigit():  # 'ALL' rows are England and the regions' totals
            joined[row['la_code_9']] = (row['la_code_3'], row['la_name'])

# Codes the attainment file does not carry, with where the number comes from instead.
manual = {
    'E09000001': ('201', 'City of London', 'not in the attainment file (too few pupils); DfE number from the register'),
    'E06000053': ('420', 'Isles of Scilly', 'not in the attainment file (published without Scilly); DfE number from the register'),
    'E10000002': ('825', 'Buckinghamshire', 'the county code of 2019; the attainment file gives the unitary code E06000060 the same DfE number'),
    'E06000063': ('942', 'Cumberland', 'formed 2023, after the attainment file; ONS code of 2023, DfE number from the register'),
    'E06000064': ('943', 'Westmorland and Furness', 'formed 2023, after the attainment file; ONS code of 2023, DfE number from the register'),
}

codes = set()
for layout in ('hexmap-upper-tier-authorities.csv', 'hexmap-former-authorities.csv'):
    with open(os.path.join(here, layout), newline='') as f:
        codes.update(row['ons_code'] for row in csv.DictReader(f) if row['ons_code'])

with open(os.path.join(here, 'ons-dfe-codes.csv'), 'w', newline='') as out:
    writer = csv.writer(out, lineterminator='\n')
    writer.writerow(['ons_code', 'la_number', 'name', 'derived_from'])
    for code in sorted(codes):
        if code in joined:
            writer.writerow([code, *joined[code], 'dfe-attainment-by-19-2005-2022.csv'])
        elif code in manual:
            writer.writerow([code, *manual[code]])
        else:
            sys.exit(f'{code}: no DfE number known; add it to the manual list with its source')
