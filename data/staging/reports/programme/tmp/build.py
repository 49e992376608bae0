import re, sys
sys.path.insert(0,'.')
from rows import R
P='/work/main/data/raw/pages/'
def body(key):
    f=P+key.lower()+'.txt'
    s=open(f,encoding='utf-8').read()
    return s.split('\n---\n',1)[1]
norm=lambda t: re.sub(r'\s+',' ',t).strip()
hdr='practice\tkind\tdistrict\tdistrict_type\tlabel_de\tlabel_en\tdescription_de\tdescription_en\tstart\tend\tprogramme\tpartners\tthemes\ttarget_groups\tsource\tevidence'
out=[hdr]; bad=0; ids=set()
TH=set('legal-status early-childhood language education labour-market health housing crime intercultural-opening public-service local-integration sport civic-engagement media culture social-cohesion'.split())
TG=set('newcomers refugees skilled-workers people-with-migration-background employers municipalities children-and-youth'.split())
for row in R:
    *f, ev = row
    assert len(f)==15, (row[0],len(f))
    pid=f[0]; assert pid not in ids, pid; ids.add(pid)
    assert re.fullmatch(r'[a-z0-9-]+',pid), pid
    b=norm(body(f[14]))
    for sn in ev:
        if norm(sn) not in b: print('EVIDENCE MISSING',pid,'|',sn); bad+=1
        assert '~' not in sn
    parts=[x for x in re.split(r'(?<=[.!?“])\s+(?=[A-ZÄÖÜ„"])', f[6]) if x.strip()]
    for x in parts:
        if norm(x) not in b: print('DESC part not verbatim',pid,'|',x); bad+=1
    for t in f[12].split(): assert t in TH,(pid,t)
    for t in f[13].split(): assert t in TG,(pid,t)
    assert f[1] in ('Project','Practice')
    line='\t'.join(list(f)+['~'.join(ev)])
    assert line.count('\t')==15, pid
    out.append(line)
open('/tmp/rikg-retrieval/programme/practices.tsv','w',encoding='utf-8').write('\n'.join(out)+'\n')
print(len(R),'rows; bad',bad)
