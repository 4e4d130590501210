using System.IO;
using System.Reflection;
using CsCheck;
using Factbook.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Factbook.Generator.Tests.Tables;

/// <summary>
/// The table format round-trips: whatever <see cref="TableFormat"/> writes, the generated <c>FactbookReader</c>
/// (compiled from <see cref="TableFormat.ReaderTemplate"/>) reads back as the same values, in the same order.
/// </summary>
public class TableFormatTests
{
    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("FACTBOOK_PROPERTY_ITERATIONS"), out var iterations) ? iterations * 5 : 200;

    /// <summary>One value of the format: what is written, and what reading it must give.</summary>
    private abstract record Item;

    private sealed record IntItem(long Value) : Item;

    private sealed record TextItem(string Value) : Item;

    private sealed record BoolItem(bool Value) : Item;

    private sealed record MissingItem : Item;

    private static readonly Gen<char> AnyChar = Gen.OneOf(
        Gen.Char,
        Gen.OneOf(TableFormat.IntEnd, TableFormat.TextStart, TableFormat.EscapedTextStart, TableFormat.Missing, TableFormat.ObjectStart, '\\', 'u', '0'),
        Gen.Char['\uD800', '\uDFFF']);

    private static readonly Gen<Item> Items = Gen.Frequency(
        (3, Gen.Int.Select(value => (Item)new IntItem(value))),
        (3, AnyChar.Array[0, 12].Select(chars => (Item)new TextItem(new string(chars)))),
        (1, Gen.Bool.Select(value => (Item)new BoolItem(value))),
        (1, Gen.Const((Item)new MissingItem())));

    private static readonly Lazy<Type> Reader = new(CompileReader);

    [Fact]
    public void WhatTheWriterWritesTheGeneratedReaderReadsBack()
    {
        Items.Array[0, 20].Sample(
            items =>
            {
                var table = new StringBuilder();
                foreach (var item in items)
                {
                    Write(table, item);
                }

                var reader = Activator.CreateInstance(Reader.Value, BindingFlags.NonPublic | BindingFlags.Instance, null, [Encoding.UTF8.GetBytes(table.ToString())], CultureInfo.InvariantCulture)!;
                foreach (var item in items)
                {
                    Assert.Equal(item, Read(reader, item));
                }

                Assert.True((bool)Reader.Value.GetProperty("AtEnd", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(reader)!);
            },
            iter: Iterations,
            print: items => string.Join(", ", items.Select(item => item.ToString())));
    }

    [Fact]
    public void TheReaderTemplateIsBuiltFromTheMarkers()
    {
        foreach (var marker in new[] { TableFormat.IntEnd, TableFormat.TextStart, TableFormat.EscapedTextStart, TableFormat.Missing, TableFormat.True })
        {
            Assert.Contains("'" + marker + "'", TableFormat.ReaderTemplate, StringComparison.Ordinal);
        }
    }

    private static void Write(StringBuilder table, Item item)
    {
        switch (item)
        {
            case IntItem value:
                TableFormat.WriteInt(table, value.Value);
                break;
            case TextItem text:
                TableFormat.WriteString(table, text.Value);
                break;
            case BoolItem flag:
                TableFormat.WriteBool(table, flag.Value);
                break;
            default:
                TableFormat.WriteMissing(table);
                break;
        }
    }

    private static Item Read(object reader, Item expected)
    {
        object? Call(string method) => Reader.Value.GetMethod(method, BindingFlags.NonPublic | BindingFlags.Instance)!.Invoke(reader, null);
        return expected switch
        {
            IntItem => new IntItem((int)Call("Int")!),
            TextItem => new TextItem((string)Call("String")!),
            BoolItem => new BoolItem((bool)Call("Bool")!),
            _ => (bool)Call("IsNull")! ? new MissingItem() : new TextItem("not missing"),
        };
    }

    private static Type CompileReader()
    {
        var support = SupportEmitter.Emit(new EmitContext("Format.Test", HasNotNullWhen: true));
        var compilation = GeneratorHarness.CreateCompilation(support);
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return Assembly.Load(stream.ToArray()).GetType("Format.Test.FactbookReader", throwOnError: true)!;
    }
}
