#!/usr/bin/env bash
# Builds a small signed corner of DNS with servers nobody here wrote, for the DANE check:
# a network namespace (its own loopback and port 25) holding Knot (authoritative, DNSSEC-signed
# zone dane.example with MX and TLSA records), Unbound (validating resolver trusting that zone)
# and a Postfix on port 25, so posttls-finger -l dane and mailpath can judge the same servers.
#   .ci/dane-peers.sh start BASE_DIR   (needs root; writes BASE_DIR/netns and BASE_DIR/ds.txt)
#   .ci/dane-peers.sh stop  BASE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/postfix-head.sh"
action=${1:?start|stop}
base=${2:?base directory}
ns=mailpath-dane
zone=dane.example

stop_all() {
  ip netns exec "$ns" knotc -c "$base/knot.conf" stop >/dev/null 2>&1 || true
  [ -f "$base/unbound.pid" ] && kill "$(cat "$base/unbound.pid")" 2>/dev/null || true
  [ -d "$base/postfix" ] && ip netns exec "$ns" script -qc "postfix -c $base/postfix stop" /dev/null >/dev/null 2>&1 || true
  ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null || true
  ip netns del "$ns" 2>/dev/null || true
  rm -rf "/etc/netns/$ns"
}

if [ "$action" = stop ]; then
  stop_all
  exit 0
fi

stop_all
mkdir -p "$base"
ip netns add "$ns"
ip netns exec "$ns" ip link set lo up
mkdir -p "/etc/netns/$ns"
# glibc passes the AD bit on only with trust-ad (posttls-finger needs it for DANE).
printf 'nameserver 127.0.0.1\noptions trust-ad\n' > "/etc/netns/$ns/resolv.conf"

# --- the mail server's key and certificate (self-signed: DANE-EE does not care) ---
openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj "/CN=mx.$zone" \
  -addext "subjectAltName=DNS:mx.$zone" -keyout "$base/mx.key" -out "$base/mx.pem" 2>/dev/null
chmod 644 "$base/mx.key"
spki_sha256=$(openssl x509 -in "$base/mx.pem" -noout -pubkey | openssl pkey -pubin -outform DER | openssl dgst -sha256 -hex | awk '{print $NF}')
wrong_sha256=$(printf 'not the key' | openssl dgst -sha256 -hex | awk '{print $NF}')

# --- Knot: the signed zone ---
mkdir -p "$base/knot/zones" "$base/knot/db"
cat > "$base/knot/zones/$zone.zone" <<ZONE
\$ORIGIN $zone.
\$TTL 300
@            SOA ns.$zone. hostmaster.$zone. 1 3600 600 86400 300
@            NS  ns.$zone.
ns           A   127.0.0.1
; dane.example: its MX has a TLSA record that matches the server's key (DANE-EE, SPKI, SHA-256).
@            MX  10 mx.$zone.
mx           A   127.0.0.1
_25._tcp.mx  TLSA 3 1 1 $spki_sha256
; mismatch.dane.example: same server, but its TLSA record matches nothing.
mismatch     MX  10 mx-bad.$zone.
mx-bad       A   127.0.0.1
_25._tcp.mx-bad TLSA 3 1 1 $wrong_sha256
ZONE
cat > "$base/knot.conf" <<CONF
server:
    rundir: "$base/knot"
    listen: 127.0.0.1@5353
database:
    storage: "$base/knot/db"
policy:
  - id: ecdsa
    algorithm: ecdsap256sha256
template:
  - id: default
    storage: "$base/knot/zones"
zone:
  - domain: $zone
    dnssec-signing: on
    dnssec-policy: ecdsa
CONF
ip netns exec "$ns" knotd -c "$base/knot.conf" -d
for _ in $(seq 1 50); do
  ds=$(keymgr -c "$base/knot.conf" "$zone" ds 2>/dev/null | grep ' 2 ' | head -1 || true)
  [ -n "$ds" ] && ip netns exec "$ns" kdig +short @127.0.0.1 -p 5353 "$zone" DNSKEY 2>/dev/null | grep -q . && break
  sleep 0.2
done
[ -n "$ds" ] || { echo "knot did not sign $zone" >&2; exit 1; }
echo "$ds" > "$base/ds.txt"

# --- Unbound: validating resolver on 127.0.0.1:53 inside the namespace ---
cat > "$base/unbound.conf" <<CONF
server:
    interface: 127.0.0.1
    port: 53
    do-ip6: no
    do-daemonize: yes
    pidfile: "$base/unbound.pid"
    username: ""
    chroot: ""
    directory: "$base"
    do-not-query-localhost: no
    module-config: "validator iterator"
    trust-anchor: "$ds"
    val-log-level: 2
    logfile: "$base/unbound.log"
stub-zone:
    name: "$zone"
    stub-addr: 127.0.0.1@5353
CONF
ip netns exec "$ns" unbound -c "$base/unbound.conf"

# --- Postfix on port 25 in the namespace ---
pf="$base/postfix"
postfix_head "$pf" "mx.$zone" "$base"
cat >> "$pf/main.cf" <<CF
default_transport = discard
smtpd_tls_security_level = may
smtpd_tls_cert_file = $base/mx.pem
smtpd_tls_key_file = $base/mx.key
CF
{ echo "127.0.0.1:25 inet n - n - - smtpd"; grep -v '^#' "$here/postfix-master.cf"; } > "$pf/master.cf"
ip netns exec "$ns" script -qc "postfix -c $pf start" /dev/null > "$pf/start.log" 2>&1 || { cat "$pf/start.log" >&2; exit 1; }
for _ in $(seq 1 50); do
  ip netns exec "$ns" bash -c '(exec 3<>/dev/tcp/127.0.0.1/25) 2>/dev/null' && break
  sleep 0.2
done
echo "$ns" > "$base/netns"
echo "dane peers up in namespace $ns; trust anchor: $ds"
