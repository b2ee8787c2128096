namespace LyncExchange.Analyzer.Model.Directory;

/// <summary>What an entry is, from its most specific <c>objectClass</c> (an AD computer is also a user).</summary>
public enum DirectoryObjectKind
{
    Other,
    User,
    InetOrgPerson,
    Contact,
    Group,
    Computer,
}
