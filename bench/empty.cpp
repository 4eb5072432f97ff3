// The yardstick for cold start: an empty C++ program, built by the same
// compiler with the same flags as framewise. Whatever framewise costs above it
// is dynamic linking, static initialisers, loading the pack and real work.
int
main()
{
  return 0;
}
