[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("VanPhong.UnitTests")]
