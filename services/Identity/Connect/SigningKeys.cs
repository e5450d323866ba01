using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace VanPhong.Identity.Connect;

/// <summary>
/// The token server's keys: an RSA key that signs the JWTs (services fetch its public half from /.well-known/jwks)
/// and a symmetric key that encrypts authorization codes and refresh tokens. Created once, kept in the file named by
/// Identity:KeyFile (readable by the service account only), so tokens survive a restart.
/// </summary>
public sealed record SigningKeys(RsaSecurityKey Signing, SymmetricSecurityKey Encryption)
{
    public static SigningKeys LoadOrCreate(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            var created = new KeyFile(Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), Guid.NewGuid().ToString("N"));
            try
            {
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                JsonSerializer.Serialize(stream, created);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another instance created it first: use theirs.
            }
        }

        var file = ReadWithRetry(path);
        var key = RSA.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(file.Signing), out _);
        return new SigningKeys(new RsaSecurityKey(key) { KeyId = file.KeyId }, new SymmetricSecurityKey(Convert.FromBase64String(file.Encryption)));
    }

    private static KeyFile ReadWithRetry(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return JsonSerializer.Deserialize<KeyFile>(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path} is empty");
            }
            catch (Exception ex) when (attempt < 20 && ex is JsonException or IOException)
            {
                Thread.Sleep(50);
            }
        }
    }

    private sealed record KeyFile(string Signing, string Encryption, string KeyId);
}
