using LyncExchange.Analyzer.Dumps;

namespace LyncExchange.Analyzer.Model.Binding;

/// <summary>A bound, typed dump object. Implemented by generated code.</summary>
public interface IDumpRecord
{
    /// <summary>Where the object came from and what its dump lost.</summary>
    RecordSource Source { get; }

    /// <summary>The object's identity for messages and logical locations, e.g. <c>OwaVirtualDirectory:EX01\owa (Default Web Site)</c>.</summary>
    string ObjectIdentity { get; }
}

/// <summary>The static half of a generated record: its binder.</summary>
public interface IDumpRecord<TSelf> : IDumpRecord
    where TSelf : IDumpRecord<TSelf>
{
    static abstract DumpRecordInfo Info { get; }

    static abstract TSelf Bind(DumpObject source, BindContext context);
}
