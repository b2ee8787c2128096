using System.Collections.Immutable;
using Sprache;

namespace LyncExchange.Analyzer.Formats.FormatList;

/// <summary>
/// The value language of Format-List and Format-Table cells: <c>{a, b, c}</c> collections with an optional
/// truncation mark (<c>...</c> in Windows PowerShell 5.1, <c>…</c> from PowerShell 6.2) before the closing brace.
/// Initialisers run in textual order; use <c>Parse.Ref(() =&gt; X)</c> for any reference to a production declared below.
/// </summary>
internal static class FormatListValueGrammar
{
    internal static Parser<string> Separator { get; } = Parse.String(", ").Text().Named("', '");

    internal static Parser<string> TruncationMark { get; } =
        Parse.String("...").Text().Or(Parse.String("\u2026").Text()).Named("truncation mark");

    internal static Parser<char> FinalBrace { get; } = Parse.Char('}').End().Named("closing '}'");

    private static Parser<string> TruncatedEnd { get; } = TruncationMark.Then(mark => FinalBrace.Return(mark));

    /// <summary>An item: everything up to the next separator, or up to a final truncation mark or brace.</summary>
    internal static Parser<CollectionItem> Item { get; } =
        Parse.AnyChar.Except(Separator).Except(TruncatedEnd).Except(FinalBrace).Many().Text()
            .Span()
            .Select(span => new CollectionItem(span.Value, span.Start.Pos, span.Length))
            .Named("collection item");

    internal static Parser<ParsedCollection> Collection { get; } =
        from open in Parse.Char('{')
        from first in Item
        from rest in Separator.Then(_ => Item).Many()
        from mark in TruncationMark.Optional()
        from close in FinalBrace
        select Build(first, rest, mark.GetOrDefault());

    /// <summary>
    /// Parses a whole value; a value that does not start with '{' and end with '}' is not a collection. Dumps hold
    /// hundreds of thousands of collections, so the common case goes through <see cref="SplitCollection"/>, which a
    /// property test holds to exactly the grammar's result; the grammar stays the definition.
    /// </summary>
    public static bool TryParseCollection(string value, out ParsedCollection collection)
    {
        collection = ParsedCollection.Empty;
        if (value.Length < 2 || value[0] != '{' || value[^1] != '}')
        {
            return false;
        }

        collection = SplitCollection(value);
        return true;
    }

    /// <summary>The grammar's answer, for the tests that pin the fast path to it.</summary>
    internal static bool TryParseCollectionWithGrammar(string value, out ParsedCollection collection)
    {
        collection = ParsedCollection.Empty;
        if (value.Length < 2 || value[0] != '{' || value[^1] != '}')
        {
            return false;
        }

        var result = Collection.TryParse(value);
        if (!result.WasSuccessful)
        {
            return false;
        }

        collection = result.Value;
        return true;
    }

    /// <summary>
    /// The grammar by hand: items are what lies between ", " separators; a truncation mark counts only right before the
    /// closing brace; an empty first item means an empty collection, later empty items are kept.
    /// </summary>
    internal static ParsedCollection SplitCollection(string value)
    {
        var items = new List<CollectionItem>();
        var mark = SplitCollection(value, items);
        return new ParsedCollection([.. items], mark);
    }

    /// <summary>
    /// <see cref="SplitCollection(string)"/> into a list the caller reuses, returning the truncation mark: the reader
    /// splits hundreds of thousands of collections and keeps only their items.
    /// </summary>
    internal static string? SplitCollection(string value, List<CollectionItem> items)
    {
        items.Clear();
        var end = value.Length - 1;
        string? mark = null;
        if (end - 1 >= 3 && string.CompareOrdinal(value, end - 3, "...", 0, 3) == 0)
        {
            mark = "...";
            end -= 3;
        }
        else if (end - 1 >= 1 && value[end - 1] == '\u2026')
        {
            mark = "\u2026";
            end -= 1;
        }

        var start = 1;
        var first = true;
        while (true)
        {
            var separator = value.IndexOf(", ", start, end - start, StringComparison.Ordinal);
            var itemEnd = separator < 0 ? end : separator;
            if (!first || itemEnd > start)
            {
                items.Add(new CollectionItem(value[start..itemEnd], start, itemEnd - start));
            }

            first = false;
            if (separator < 0)
            {
                break;
            }

            start = separator + 2;
        }

        return mark;
    }

    private static ParsedCollection Build(CollectionItem first, IEnumerable<CollectionItem> rest, string? mark)
    {
        var items = ImmutableArray.CreateBuilder<CollectionItem>();
        if (first.Text.Length > 0)
        {
            items.Add(first);
        }

        foreach (var item in rest)
        {
            items.Add(item);
        }

        return new ParsedCollection(items.ToImmutable(), mark);
    }
}

/// <summary>An item of a formatted collection and its offset inside the value text.</summary>
internal readonly record struct CollectionItem(string Text, int Offset, int Length);

/// <summary>A formatted collection: its items and the truncation mark, if the formatter cut it.</summary>
internal sealed record ParsedCollection(ImmutableArray<CollectionItem> Items, string? TruncationMark)
{
    public static ParsedCollection Empty { get; } = new([], null);

    public bool IsTruncated => TruncationMark is not null;
}
