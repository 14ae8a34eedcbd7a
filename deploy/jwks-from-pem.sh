#!/usr/bin/env bash
# Prints the JWK Set (RFC 7517) of the portal's token keys, for the Secret portal-jwt (key verification-keys.json).
#
#   deploy/jwks-from-pem.sh signing-key.pem [older-key.pem ...] > verification-keys.json
#   deploy/jwks-from-pem.sh --kid signing-key.pem        # the key id to put in portal-jwt's key-id
#
# Each argument is an RSA key in PEM, private (PKCS#8, as openssl genpkey writes it) or public. Each key gets its
# RFC 7638 thumbprint as kid, as the portal's own demo keys do. Only public parameters are printed. Needs openssl, xxd
# and basenc (coreutils).
set -euo pipefail

b64url() { basenc --base64url | tr -d '=\n'; }

modulus() {
  if grep -q "PRIVATE KEY" "$1"; then
    openssl rsa -in "$1" -noout -modulus
  else
    openssl rsa -pubin -in "$1" -noout -modulus
  fi | sed 's/^Modulus=//'
}

exponent() {
  local inform=()
  grep -q "PRIVATE KEY" "$1" || inform=(-pubin)
  openssl rsa "${inform[@]}" -in "$1" -noout -text 2>/dev/null | awk '/[Ee]xponent/ { print $2; exit }'
}

jwk_parts() { # prints "n e kid" of one key
  local n e kid
  n=$(modulus "$1" | xxd -r -p | b64url)
  e=$(printf '%06x' "$(exponent "$1")" | xxd -r -p | b64url)
  kid=$(printf '{"e":"%s","kty":"RSA","n":"%s"}' "$e" "$n" | openssl dgst -sha256 -binary | b64url)
  echo "$n $e $kid"
}

if [[ "${1:-}" == "--kid" ]]; then
  [[ $# -eq 2 ]] || { echo "usage: $0 --kid key.pem" >&2; exit 2; }
  read -r _ _ kid < <(jwk_parts "$2")
  echo "$kid"
  exit 0
fi
[[ $# -ge 1 ]] || { echo "usage: $0 current-key.pem [older-key.pem ...]" >&2; exit 2; }

keys=()
for pem in "$@"; do
  read -r n e kid < <(jwk_parts "$pem")
  keys+=("{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"$kid\",\"n\":\"$n\",\"e\":\"$e\"}")
done
(IFS=,; printf '{"keys":[%s]}\n' "${keys[*]}")
