#!/usr/bin/env python3
"""The original's self-absorption correction on fe2o3_15_35.mu, for SelfAbsorptionTest's expected numbers.

Written from xas-algorithms.md §3.1-3.7 (E0, pre-edge, post-edge) around XAFSmass's functions, as the
original's calc_self_abs calls them. Usage: self_absorption_oracle.py PATH_CONTAINING_XAFSmass TAG
(needs numpy, scipy, pyparsing and an XAFSmass source tree, e.g. release 1.8.0)."""
import sys, numpy as np
from scipy.interpolate import CubicSpline
from scipy.optimize import root
from numpy.polynomial import Polynomial as P
sys.path.insert(0, sys.argv[1])
from XAFSmass import XAFSmassCalc as xmc

def smooth(y, m):
    out = y.copy(); n = len(y)
    for i in range(m, n-m): out[i] = y[i-m:i+m+1].mean()
    return out

def get_e0(e, mu, p):
    ge = np.gradient(e); gmu = np.gradient(mu)
    der = np.zeros_like(ge); good = ge > 0; der[good] = gmu[good]/ge[good]
    ns = p['e0SmoothN']
    der = smooth(der, ns); der[:ns+1] = 0; der[-ns:] = 0
    de = e[-1]-e[0]; lo, hi = [e[0]+de*d for d in p['e0Where']]
    c = (lo <= e) & (e <= hi); ew = e[c]; dw = der[c]
    S = CubicSpline(ew, dw); xs = S.derivative().roots(); ys = S(xs)
    e0 = ew[np.argmax(dw)]; peak = np.max(ys); xP = S.solve(peak*0.5)
    xl = xP[xP < e0]; xr = xP[xP > e0]
    if len(xl) and len(xr):
        x1, x2 = xl[-1], xr[0]
        T = CubicSpline(ew, dw*ew); t = T.integrate(x1, x2)/S.integrate(x1, x2)
        if x1 < t < x2: e0 = t
    return e0

def polyfit(e, mu, exps, eall, e0):
    m = min(exps); deg = [d-m for d in exps]
    pp = P.fit(e, mu*e**(-m), deg, domain=[])
    return pp(eall)*eall**m, pp(e0)*e0**m

def get_pre(e, mu, e0, p):
    lo, hi = [e[0]+i*(e0-e[0]) for i in p['preedgeWhere']]
    c = (lo <= e) & (e <= hi)
    return polyfit(e[c], mu[c], p['preedgeExps'], e, e0)[0]

def self_abs(e, mu, pre, sa):
    parsed, mass = xmc.parse_compound(sa['corrChemFormula'])
    edf, ssf = xmc.calculate_element_dict(parsed, sa['corrFluoEnergy'], sa['corrDataTable'])[0:2]
    edc, ssc = xmc.calculate_element_dict(parsed, sa['corrCalibEnergy'], sa['corrDataTable'])[0:2]
    bknd = xmc.calculate_absorption_background(edc, e)
    jump = 0
    for el, v in edc.items():
        if v[2] > jump:
            jump = v[2]*v[3]; break
    sphi = np.sin(np.radians(sa['corrPhiDeg'])); sth = np.sin(np.radians(sa['corrThetaDeg']))*np.cos(np.radians(sa['corrTauDeg']))
    G = sphi/sth
    If = mu - pre; Ic = np.interp(sa['corrCalibEnergy'], e, If); mubf = bknd + ssf*G
    if sa['corrFormula'] == 'thick':
        C = Ic*(ssc+ssf*G)/jump; mux = mubf*If/(C-If)
    else:
        d = sa['corrThickness']*sphi/jump
        C = Ic*(ssc+ssf*G)/jump/(1-np.exp(-(ssc*d/sphi+ssf*d/sth)))
        def f(mx):
            lp = (mx+bknd)*d/sphi + ssf*d/sth
            ef = 1 if lp.min() > 1e3 else 1-np.exp(-lp)
            return If*(mx+mubf) - C*mx*ef
        a = root(f, 2*mubf, method='excitingmixing'); assert a.success, a.message
        mux = a.x
    print('  jump %.17g ssf %.17g ssc %.17g Ic %.17g' % (jump, ssf, ssc, Ic), file=sys.stderr)
    return mux/jump*Ic + pre

def chain(e, mu, p):
    e0 = get_e0(e, mu, p); pre = get_pre(e, mu, e0, p)
    if p.get('sa'):
        mu = self_abs(e, mu, pre, p['sa']); e0 = get_e0(e, mu, p); pre = get_pre(e, mu, e0, p)
    lo, hi = e0+p['postedgeWhere'][0], e0+p['postedgeWhere'][1]
    c = (lo <= e) & (e <= hi)
    _, step = polyfit(e[c], mu[c]-pre[c], p['postedgeExps'], e, e0)
    return e0, step, mu

if __name__ == '__main__':
    d = np.loadtxt('/work/shared/data/parseq-xas/fe2o3_15_35.mu', skiprows=1)
    e, mu = d[:, 0], d[:, 1]
    base = dict(e0SmoothN=6, e0Where=[0.02, 0.7], preedgeWhere=[0.03, 0.53], preedgeExps=[0], postedgeWhere=[40, 400], postedgeExps=[0, 1])
    print('FY', chain(e, mu, base)[:2], 'pspj 7124.143247444276 0.5141140814174661')
    sa = dict(corrChemFormula='Fe2O2', corrDataTable='Chantler', corrCalibEnergy=7144, corrFluoEnergy=6404, corrPhiDeg=45., corrThetaDeg=45., corrTauDeg=0., corrFormula='thick', corrThickness=1.0)
    r = chain(e, mu, dict(base, sa=sa)); print('thick', r[:2], 'pspj 7128.074003410679 0.2915247019614706')
    np.savetxt('/tmp/mu_thick_%s.txt' % sys.argv[2], np.c_[e, r[2]], fmt='%.17g')
    sa2 = dict(sa, corrChemFormula='Fe2O3', corrFormula='thin (general)', corrThickness=2.1)
    r = chain(e, mu, dict(base, sa=sa2)); print('thin', r[:2], 'pspj 7126.63468189795 0.3869478869357148')
    np.savetxt('/tmp/mu_thin_%s.txt' % sys.argv[2], np.c_[e, r[2]], fmt='%.17g')
