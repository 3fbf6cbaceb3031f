// Each collection here starts an app of its own: the shared whole app, the two-replica app (twelve instances), the
// telemetry app and the backup app. xUnit would start two of them at once on two cores, and every figure measured
// while the other compiles is the other's load: the first sign-up after "ready" went past its 2 s, and a two-replica
// payment past the request deadline. A user's machine runs one app; so do these tests.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
