namespace LyncExchange.Analyzer.Deployment.Users;

/// <summary>Which kind of dump a merged user value came from.</summary>
public enum UserSource
{
    /// <summary>An LDIF (ldifde) export of the directory.</summary>
    Directory,

    /// <summary><c>Get-CsUser</c>.</summary>
    LyncUser,

    /// <summary><c>Get-Mailbox</c>, <c>Get-RemoteMailbox</c> or <c>Get-Recipient</c>.</summary>
    Mailbox,
}
