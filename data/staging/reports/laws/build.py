import os, re, csv
D1='/work/main/data/raw/pages'; D2='/work/main/data/staging/pages'
def path(f):
    for d in (D1,D2):
        p=os.path.join(d,f)
        if os.path.exists(p): return p
    return None
def head(f):
    s=open(path(f),encoding='utf-8').read()
    h,b=s.split('\n---\n',1)
    meta=dict(l.split(': ',1) for l in h.split('\n') if ': ' in l)
    return meta,b
def norm(x): return re.sub(r'\s+',' ',x).strip()
S=[]
def src(key,f,found,note):
    if f:
        m,_=head(f); S.append([key,f,m['url'],m['title'],found,note])
    else:
        S.append([key,'','','',found,note])
exec(open('/tmp/rikg-retrieval/laws/rows.py',encoding='utf-8').read())
with open('/tmp/rikg-retrieval/laws/sources.tsv','w',encoding='utf-8',newline='') as fh:
    fh.write('key\tfile\turl\ttitle\tfound\tnote\n')
    for r in S:
        assert all('\t' not in c and '\n' not in c for c in r), r
        fh.write('\t'.join(r)+'\n')
# programmes / practices with evidence check
keymap={r[0]:r[1] for r in S if r[1]}
bad=0
def check(rows,srccol,evcol,name):
    global bad
    for r in rows:
        f=keymap[r[srccol]]; _,b=head(f); nb=norm(b)
        for sn in r[evcol].split('~'):
            if norm(sn) not in nb:
                print('FAIL',name,r[0],r[srccol],repr(sn[:80])); bad+=1
PH='programme\tlabel_de\tlabel_en\tland\tlaw\tdescription_de\tdescription_en\tstart\tfunder\tsource\tevidence'
PRH='practice\tkind\tdistrict\tdistrict_type\tlabel_de\tlabel_en\tdescription_de\tdescription_en\tstart\tend\tprogramme\tpartners\tthemes\ttarget_groups\tsource\tevidence'
check(PROG,9,10,'prog'); check(PRAC,14,15,'prac')
# description_de must be verbatim too
for r in PROG:
    _,b=head(keymap[r[9]])
    for sn in r[5].split(' … '):
        if norm(sn) not in norm(b): print('DESC FAIL prog',r[0],sn[:60]); bad+=1
for r in PRAC:
    _,b=head(keymap[r[14]])
    for sn in r[6].split(' … '):
        if norm(sn) not in norm(b): print('DESC FAIL prac',r[0],sn[:60]); bad+=1
for fn,h,rows,n in (('programmes.tsv',PH,PROG,11),('practices.tsv',PRH,PRAC,16)):
    with open('/tmp/rikg-retrieval/laws/'+fn,'w',encoding='utf-8') as fh:
        fh.write(h+'\n')
        for r in rows:
            assert len(r)==n,(fn,r[0],len(r))
            assert all('\t' not in c and '\n' not in c for c in r), r
            fh.write('\t'.join(r)+'\n')
print('sources',len(S),'prog',len(PROG),'prac',len(PRAC),'bad',bad)
