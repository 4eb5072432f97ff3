FROM x
CMD ["a", 1]
CMD \