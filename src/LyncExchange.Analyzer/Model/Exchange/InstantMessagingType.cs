namespace LyncExchange.Analyzer.Model.Exchange;

/// <summary>Exchange's <c>InstantMessagingTypeOptions</c>: None = 0, Ocs = 1, Msn = 2 (CliXml writes the number beside the name).</summary>
public enum InstantMessagingType
{
    None = 0,
    Ocs = 1,
    Msn = 2,
}
