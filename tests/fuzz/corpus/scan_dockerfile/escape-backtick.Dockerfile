# escape=`
FROM x AS base
ENTRYPOINT ["/e.sh"]
RUN <<EOF
echo hi
EOF
FROM base
CMD uvicorn `
  m:app
