using System.Collections.Generic;
using System.Linq;
using Factbook.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Factbook.Generator.Diagnostics
{
    /// <summary>
    /// Roslyn descriptors for <see cref="FactbookDiagnostics"/>. Ids, categories and severities are written out
    /// as constants so release tracking (AnalyzerReleases.*.md, RS2008) can see them; a test keeps them equal
    /// to the registry, which stays the one source of titles and messages.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private static readonly DiagnosticDescriptor YamlSyntax = new("FB0001", FactbookDiagnostics.YamlSyntax.Title, FactbookDiagnostics.YamlSyntax.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor DuplicateKey = new("FB0002", FactbookDiagnostics.DuplicateKey.Title, FactbookDiagnostics.DuplicateKey.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NestingTooDeep = new("FB0003", FactbookDiagnostics.NestingTooDeep.Title, FactbookDiagnostics.NestingTooDeep.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor AliasNotSupported = new("FB0004", FactbookDiagnostics.AliasNotSupported.Title, FactbookDiagnostics.AliasNotSupported.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor MultipleDocuments = new("FB0005", FactbookDiagnostics.MultipleDocuments.Title, FactbookDiagnostics.MultipleDocuments.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor FileTooLarge = new("FB0006", FactbookDiagnostics.FileTooLarge.Title, FactbookDiagnostics.FileTooLarge.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor ValueTooLong = new("FB0007", FactbookDiagnostics.ValueTooLong.Title, FactbookDiagnostics.ValueTooLong.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NotUtf8 = new("FB0008", FactbookDiagnostics.NotUtf8.Title, FactbookDiagnostics.NotUtf8.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor ComplexKey = new("FB0009", FactbookDiagnostics.ComplexKey.Title, FactbookDiagnostics.ComplexKey.MessageFormat, "Factbook.Yaml", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidSchema = new("FB0010", FactbookDiagnostics.InvalidSchema.Title, FactbookDiagnostics.InvalidSchema.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnknownSchemaKey = new("FB0011", FactbookDiagnostics.UnknownSchemaKey.Title, FactbookDiagnostics.UnknownSchemaKey.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnknownFieldType = new("FB0012", FactbookDiagnostics.UnknownFieldType.Title, FactbookDiagnostics.UnknownFieldType.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidTypeName = new("FB0013", FactbookDiagnostics.InvalidTypeName.Title, FactbookDiagnostics.InvalidTypeName.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NameCollision = new("FB0014", FactbookDiagnostics.NameCollision.Title, FactbookDiagnostics.NameCollision.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidFieldName = new("FB0015", FactbookDiagnostics.InvalidFieldName.Title, FactbookDiagnostics.InvalidFieldName.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidEnumValues = new("FB0016", FactbookDiagnostics.InvalidEnumValues.Title, FactbookDiagnostics.InvalidEnumValues.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidDefault = new("FB0017", FactbookDiagnostics.InvalidDefault.Title, FactbookDiagnostics.InvalidDefault.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidCollectionName = new("FB0018", FactbookDiagnostics.InvalidCollectionName.Title, FactbookDiagnostics.InvalidCollectionName.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NameTooLong = new("FB0019", FactbookDiagnostics.NameTooLong.Title, FactbookDiagnostics.NameTooLong.MessageFormat, "Factbook.Schema", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnknownCollection = new("FB0020", FactbookDiagnostics.UnknownCollection.Title, FactbookDiagnostics.UnknownCollection.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor MissingId = new("FB0021", FactbookDiagnostics.MissingId.Title, FactbookDiagnostics.MissingId.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidId = new("FB0022", FactbookDiagnostics.InvalidId.Title, FactbookDiagnostics.InvalidId.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor DuplicateId = new("FB0023", FactbookDiagnostics.DuplicateId.Title, FactbookDiagnostics.DuplicateId.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor IdNameCollision = new("FB0024", FactbookDiagnostics.IdNameCollision.Title, FactbookDiagnostics.IdNameCollision.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnknownField = new("FB0025", FactbookDiagnostics.UnknownField.Title, FactbookDiagnostics.UnknownField.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor MissingRequiredField = new("FB0026", FactbookDiagnostics.MissingRequiredField.Title, FactbookDiagnostics.MissingRequiredField.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidValue = new("FB0027", FactbookDiagnostics.InvalidValue.Title, FactbookDiagnostics.InvalidValue.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnknownEnumValue = new("FB0028", FactbookDiagnostics.UnknownEnumValue.Title, FactbookDiagnostics.UnknownEnumValue.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor UnresolvedReference = new("FB0029", FactbookDiagnostics.UnresolvedReference.Title, FactbookDiagnostics.UnresolvedReference.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor WrongShape = new("FB0030", FactbookDiagnostics.WrongShape.Title, FactbookDiagnostics.WrongShape.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NoSchema = new("FB0031", FactbookDiagnostics.NoSchema.Title, FactbookDiagnostics.NoSchema.MessageFormat, "Factbook.Content", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidNamespace = new("FB0032", FactbookDiagnostics.InvalidNamespace.Title, FactbookDiagnostics.InvalidNamespace.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor RetiredReference = new("FB0034", FactbookDiagnostics.RetiredReference.Title, FactbookDiagnostics.RetiredReference.MessageFormat, "Factbook.Content", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor NoContent = new("FB0035", FactbookDiagnostics.NoContent.Title, FactbookDiagnostics.NoContent.MessageFormat, "Factbook.Content", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor MoreProblems = new("FB0036", FactbookDiagnostics.MoreProblems.Title, FactbookDiagnostics.MoreProblems.MessageFormat, "Factbook.Content", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor TooMuchText = new("FB0037", FactbookDiagnostics.TooMuchText.Title, FactbookDiagnostics.TooMuchText.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor LanguageVersionTooOld = new("FB0038", FactbookDiagnostics.LanguageVersionTooOld.Title, FactbookDiagnostics.LanguageVersionTooOld.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        /// <summary>Reported by <see cref="StringIdAnalyzer"/>, at a string literal in C#.</summary>
        public static readonly DiagnosticDescriptor UnknownIdInCode = new("FB0040", FactbookDiagnostics.UnknownIdInCode.Title, FactbookDiagnostics.UnknownIdInCode.MessageFormat, "Factbook.Code", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InvalidLimit = new("FB0033", FactbookDiagnostics.InvalidLimit.Title, FactbookDiagnostics.InvalidLimit.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        private static readonly DiagnosticDescriptor InternalError = new("FB0999", FactbookDiagnostics.InternalError.Title, FactbookDiagnostics.InternalError.MessageFormat, "Factbook.Content", DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly IReadOnlyList<DiagnosticDescriptor> All = new[]
        {
            YamlSyntax,
            DuplicateKey,
            NestingTooDeep,
            AliasNotSupported,
            MultipleDocuments,
            FileTooLarge,
            ValueTooLong,
            NotUtf8,
            ComplexKey,
            InvalidSchema,
            UnknownSchemaKey,
            UnknownFieldType,
            InvalidTypeName,
            NameCollision,
            InvalidFieldName,
            InvalidEnumValues,
            InvalidDefault,
            InvalidCollectionName,
            NameTooLong,
            UnknownCollection,
            MissingId,
            InvalidId,
            DuplicateId,
            IdNameCollision,
            UnknownField,
            MissingRequiredField,
            InvalidValue,
            UnknownEnumValue,
            UnresolvedReference,
            WrongShape,
            NoSchema,
            InvalidNamespace,
            InvalidLimit,
            RetiredReference,
            NoContent,
            MoreProblems,
            TooMuchText,
            LanguageVersionTooOld,
            UnknownIdInCode,
            InternalError,
        };

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = All.ToDictionary(descriptor => descriptor.Id);

        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            var span = info.Span.Normalized();
            var location = info.Path.Length == 0 ? Location.None : Location.Create(info.Path, new TextSpan(span.Start, span.Length), ToLineSpan(span));
            return Diagnostic.Create(ById[info.Id], location, info.Arguments.ToObjectArray());
        }

        private static LinePositionSpan ToLineSpan(SourceSpan span) =>
            new(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn));
    }
}
