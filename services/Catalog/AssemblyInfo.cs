// The search index's tests compare it with the search it replaced, which reads the same English labels.
[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("VanPhong.IntegrationTests")]
