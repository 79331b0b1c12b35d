#!/usr/bin/env bash
# Starts (or stops) real sending MTAs on loopback, so that RealSenderAgreementTest can make each of
# them deliver to the lab and compare what it did with what mailpath predicted for its profile:
#   - a private Postfix *sender* instance, one smtp transport per smtp_tls_security_level;
#   - Exim 4.96 (GnuTLS) from `dpkg -x` of exim4-daemon-light/-base/-config, run with -C;
#   - OpenSMTPD 6.8 from `dpkg -x` of opensmtpd, run in the foreground with -f;
#   - Unbound on 127.0.3.53:53, validating the lab's signed test. zone once the test tells it
#     where the lab is (BASE/lab/unbound-lab.conf, then `unbound-control reload`).
# Installs nothing: .ci/run downloads and unpacks the MTAs (EXIM_ROOT, OPENSMTPD_ROOT).
# The senders read /etc/resolv.conf and the system CA bundle; each runs in its own mount namespace
# (unshare -m) where both are bind-mounted from BASE, so the host's files stay as they are.
#   .ci/real-senders.sh start BASE_DIR   (as root; writes BASE_DIR/senders)
#   .ci/real-senders.sh stop  BASE_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/postfix-head.sh"
action=${1:?start|stop}
base=${2:?base directory}
exim_root=${EXIM_ROOT:-/opt/mailpath-senders/exim}
opensmtpd_root=${OPENSMTPD_ROOT:-/opt/mailpath-senders/opensmtpd}
resolver=127.0.3.53

stop_all() {
  [ -f "$base/postfix/main.cf" ] && script -qc "postfix -c $base/postfix stop" /dev/null >/dev/null 2>&1 || true
  for pidfile in "$base/opensmtpd/smtpd.pid" "$base/unbound.pid"; do
    [ -f "$pidfile" ] && kill "$(cat "$pidfile")" 2>/dev/null || true
    rm -f "$pidfile"
  done
  rm -f "$base/senders"
}

if [ "$action" = stop ]; then
  stop_all
  exit 0
fi
[ -x "$exim_root/usr/sbin/exim4" ] || { echo "no Exim under $exim_root (dpkg -x it first)" >&2; exit 1; }
[ -x "$opensmtpd_root/usr/sbin/smtpd" ] || { echo "no OpenSMTPD under $opensmtpd_root" >&2; exit 1; }
stop_all
base=$(mkdir -p "$base" && cd "$base" && pwd)
mkdir -p "$base/lab" "$base/bin"
# Filled in by the test once its lab runs: the lab CA and Unbound's stub zone + trust anchor.
: > "$base/lab/ca.pem"
: > "$base/lab/unbound-lab.conf"
# glibc passes the AD bit on only with trust-ad; Postfix and Exim need it for DANE (RFC 7672 §2.1).
printf 'nameserver %s\noptions trust-ad\n' "$resolver" > "$base/resolv.conf"

# --- in-senders-namespace CMD...: runs CMD with the private resolv.conf and CA bundle ---
cat > "$base/bin/in-senders-namespace" <<SH
#!/bin/sh
exec unshare -m --propagation private sh -c 'mount --bind "$base/resolv.conf" /etc/resolv.conf &&
  mount --bind "$base/lab/ca.pem" /etc/ssl/certs/ca-certificates.crt && exec "\$0" "\$@"' "\$@"
SH
chmod 755 "$base/bin/in-senders-namespace"
ns="$base/bin/in-senders-namespace"

# --- Unbound: validating resolver for the senders ---
cat > "$base/unbound.conf" <<CONF
server:
    interface: $resolver
    port: 53
    do-ip6: no
    do-daemonize: yes
    pidfile: "$base/unbound.pid"
    username: ""
    chroot: ""
    directory: "$base"
    logfile: "$base/unbound.log"
    val-log-level: 2
    access-control: 127.0.0.0/8 allow
    do-not-query-localhost: no
    module-config: "validator iterator"
    # Unbound answers test. (RFC 6761) itself by default; the lab owns it here.
    local-zone: "test." nodefault
    cache-max-ttl: 5
    cache-max-negative-ttl: 1
remote-control:
    control-enable: yes
    control-interface: "$base/unbound.ctl"
    control-use-cert: no
include: "$base/lab/unbound-lab.conf"
CONF
unbound-checkconf "$base/unbound.conf" >/dev/null
unbound -c "$base/unbound.conf"

# --- Postfix: one sender instance, one transport per TLS level (postconf(5)) ---
pf="$base/postfix"
postfix_head "$pf" sender.postfix.invalid "$base"
cat >> "$pf/main.cf" <<CF
# Only the test's recipients have a transport; anything else fails instead of leaving loopback.
transport_maps = regexp:$pf/transport
default_transport = error:not a real-sender test recipient
notify_classes =
smtp_tls_CAfile = $base/lab/ca.pem
smtp_tls_loglevel = 1
smtp_tls_session_cache_database =
smtp_connection_cache_on_demand = no
CF
cat > "$pf/transport" <<MAP
/^postfix-may-/      smtp-may:
/^postfix-encrypt-/  smtp-encrypt:
/^postfix-dane-/     smtp-dane:
/^postfix-verify-/   smtp-verify:
/^postfix-secure-/   smtp-secure:
MAP
{
  grep -v '^#' "$here/postfix-master.cf"
  for level in may encrypt verify secure; do
    echo "smtp-$level unix - - n - 4 smtp -o smtp_tls_security_level=$level"
  done
  # RFC 7672 §2.1: DANE needs DNSSEC-validated answers (postconf(5) smtp_dns_support_level).
  echo "smtp-dane unix - - n - 4 smtp -o smtp_tls_security_level=dane -o smtp_dns_support_level=dnssec"
} > "$pf/master.cf"
"$ns" script -qc "postfix -c $pf start" /dev/null > "$pf/start.log" 2>&1 || { cat "$pf/start.log" >&2; exit 1; }

# --- Exim: a private configuration, spool and log; one transport per profile ---
"$here/real-senders-exim.sh" "$base/exim" "$exim_root/usr/sbin/exim4" > /dev/null
# bin/exim PROFILE ARGS...: that profile's Exim, in the senders' namespace.
cat > "$base/bin/exim" <<SH
#!/bin/sh
profile=\$1
shift
exec "$ns" "$exim_root/usr/sbin/exim4" -C "$base/exim/\$profile/exim.conf" "\$@"
SH
chmod 755 "$base/bin/exim"

# --- OpenSMTPD: in the foreground, its log on stderr; one action per profile (smtpd.conf(5)) ---
os="$base/opensmtpd"
mkdir -p "$os"
cat > "$os/smtpd.conf" <<CONF
# One source address per action: OpenSMTPD suspends a route (source, host) after an error, for
# longer each time, so profiles sharing a route would hold each other's messages back.
action "opensmtpd-default" relay src 127.0.3.1 helo sender.opensmtpd.invalid
action "opensmtpd-tls-no-verify" relay tls no-verify src 127.0.3.2 helo sender.opensmtpd.invalid
action "opensmtpd-smtp-tls" relay tls src 127.0.3.3 helo sender.opensmtpd.invalid
match from local for rcpt-to regex "^opensmtpd-default-" action "opensmtpd-default"
match from local for rcpt-to regex "^opensmtpd-tls-no-verify-" action "opensmtpd-tls-no-verify"
match from local for rcpt-to regex "^opensmtpd-smtp-tls-" action "opensmtpd-smtp-tls"
CONF
chmod 600 "$os/smtpd.conf"
"$opensmtpd_root/usr/sbin/smtpd" -n -f "$os/smtpd.conf" > "$os/check.log" 2>&1 || { cat "$os/check.log" >&2; exit 1; }
setsid "$ns" "$opensmtpd_root/usr/sbin/smtpd" -d -f "$os/smtpd.conf" > "$os/log" 2>&1 < /dev/null &
echo $! > "$os/smtpd.pid"
for _ in $(seq 1 50); do
  [ -S /var/run/smtpd.sock ] && break
  sleep 0.2
done
cat > "$base/bin/opensmtpd-sendmail" <<SH
#!/bin/sh
exec "$opensmtpd_root/usr/sbin/sendmail" "\$@"
SH
cat > "$base/bin/smtpctl" <<SH
#!/bin/sh
exec "$opensmtpd_root/usr/sbin/smtpctl" "\$@"
SH
chmod 755 "$base/bin/opensmtpd-sendmail" "$base/bin/smtpctl"

echo "postfix=$pf,exim=$base/exim,opensmtpd=$os,resolver=$resolver" > "$base/senders"
cat "$base/senders"
