namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>
/// Marks a <c>sealed partial record</c> as the typed form of a cmdlet's output. The source generator emits
/// its binder, its <c>PropertyLocations</c> and its entry in <c>DumpRecordRegistry</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DumpRecordAttribute(params string[] cmdletNames) : Attribute
{
    public string[] CmdletNames { get; } = cmdletNames;

    /// <summary>Full .NET type names as CliXml carries them (without <c>Deserialized.</c>).</summary>
    public string[] TypeNames { get; init; } = [];

    /// <summary>The property that names the object in messages (the logical location).</summary>
    public string IdentityProperty { get; init; } = "Identity";

    /// <summary>Properties the real cmdlet prints that no rule reads; known, so they are not reported as unknown.</summary>
    public string[] OtherProperties { get; init; } = [];
}
