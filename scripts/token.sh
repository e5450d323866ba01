#!/usr/bin/env bash
# Prints an access token for a member of staff, for calling the API from the command line:
#   TOKEN=$(scripts/token.sh <username>)            # asks for the password without echoing it
#   curl -H "Authorization: Bearer $TOKEN" http://localhost:5200/api/identity/me
# Uses the password grant of the "vanphong-cli" client through the gateway (GATEWAY, default http://localhost:5200).
set -euo pipefail
user="${1:?usage: scripts/token.sh <username>}"
gateway="${GATEWAY:-http://localhost:5200}"
if [ -z "${VANPHONG_PASSWORD:-}" ]; then
  read -r -s -p "Mật khẩu của $user: " VANPHONG_PASSWORD </dev/tty; echo >&2
fi
# Administrators and leadership also give the 6-digit code of their authenticator app (or a recovery code):
# VANPHONG_OTP, or asked for when the identity service says it is needed.
request() {
  local otp_args=()
  if [ -n "${VANPHONG_OTP:-}" ]; then otp_args=(--data-urlencode "otp=$VANPHONG_OTP"); fi
  curl -sS -X POST "$gateway/connect/token" \
    --data-urlencode grant_type=password --data-urlencode client_id=vanphong-cli \
    --data-urlencode "username=$user" --data-urlencode "password=$VANPHONG_PASSWORD" \
    --data-urlencode "scope=vanphong.api" "${otp_args[@]}"
}
response=$(request)
token=$(printf '%s' "$response" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token",""))')
if [ -z "$token" ] && [ -z "${VANPHONG_OTP:-}" ] && printf '%s' "$response" | grep -q ' otp '; then
  read -r -p "Mã xác thực (ứng dụng xác thực hoặc mã khôi phục): " VANPHONG_OTP </dev/tty
  response=$(request)
  token=$(printf '%s' "$response" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("access_token",""))')
fi
if [ -z "$token" ]; then
  printf '%s\n' "$response" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("error_description") or d, file=sys.stderr)'
  exit 1
fi
printf '%s\n' "$token"
