using LyncExchange.Analyzer.Tests.Infrastructure;

namespace LyncExchange.Analyzer.Tests.Formats.Ldif;

/// <summary>
/// A fact over the real-world exports in <c>../shared</c> (or the folder named by <c>LXA_SHARED_DIR</c>, for worktrees
/// that do not sit beside it); skipped, not passed, when neither is present.
/// </summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute()
    {
        if (SharedFolder is null)
        {
            Skip = "../shared (real-world exports) is not present beside the checkout";
        }
    }

    public static string? SharedFolder =>
        Repository.Shared ?? (Environment.GetEnvironmentVariable("LXA_SHARED_DIR") is { Length: > 0 } dir && Directory.Exists(dir) ? dir : null);
}
