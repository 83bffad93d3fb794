/* libclang.h - libclang's C API, loaded when a run first needs it.
 *
 * memcheck does not link libclang: loading it and libLLVM costs about 0.06 s
 * of CPU, most of a warm `--cache` run in which every TU comes from the cache.
 * mc_libclang_load() opens it (MEMCHECK_LIBCLANG, else the one the build
 * found) and fills mc_clang; the names below then call through it, so the
 * rest of the code reads as libclang's documentation does. A function used
 * without being listed here fails to link. */
#ifndef MC_LIBCLANG_H
#define MC_LIBCLANG_H

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>

#define MC_LIBCLANG_FUNCTIONS(X) \
    X(CompilationDatabase_dispose) \
    X(CompilationDatabase_fromDirectory) \
    X(CompilationDatabase_getAllCompileCommands) \
    X(CompileCommand_getArg) \
    X(CompileCommand_getDirectory) \
    X(CompileCommand_getFilename) \
    X(CompileCommand_getNumArgs) \
    X(CompileCommands_dispose) \
    X(CompileCommands_getCommand) \
    X(CompileCommands_getSize) \
    X(Cursor_Evaluate) \
    X(Cursor_getArgument) \
    X(Cursor_getNumArguments) \
    X(Cursor_getStorageClass) \
    X(Cursor_hasVarDeclGlobalStorage) \
    X(Cursor_isNull) \
    X(Cursor_isVariadic) \
    X(EvalResult_dispose) \
    X(EvalResult_getAsLongLong) \
    X(EvalResult_getAsUnsigned) \
    X(EvalResult_getKind) \
    X(EvalResult_isUnsignedInt) \
    X(File_tryGetRealPathName) \
    X(Location_isInSystemHeader) \
    X(PrintingPolicy_dispose) \
    X(PrintingPolicy_setProperty) \
    X(Type_getSizeOf) \
    X(Type_visitFields) \
    X(createIndex) \
    X(disposeDiagnostic) \
    X(disposeIndex) \
    X(disposeString) \
    X(disposeTokens) \
    X(disposeTranslationUnit) \
    X(equalCursors) \
    X(equalTypes) \
    X(formatDiagnostic) \
    X(getArgType) \
    X(getArrayElementType) \
    X(getCString) \
    X(getCanonicalType) \
    X(getClangVersion) \
    X(getCursorBinaryOperatorKind) \
    X(getCursorDefinition) \
    X(getCursorExtent) \
    X(getCursorKind) \
    X(getCursorKindSpelling) \
    X(getCursorLinkage) \
    X(getCursorLocation) \
    X(getCursorPrettyPrinted) \
    X(getCursorPrintingPolicy) \
    X(getCursorReferenced) \
    X(getCursorResultType) \
    X(getCursorSemanticParent) \
    X(getCursorSpelling) \
    X(getCursorType) \
    X(getCursorUSR) \
    X(getCursorUnaryOperatorKind) \
    X(getCursorVisibility) \
    X(getDiagnostic) \
    X(getDiagnosticSeverity) \
    X(getDiagnosticSpelling) \
    X(getEnumConstantDeclValue) \
    X(getEnumDeclIntegerType) \
    X(getExpansionLocation) \
    X(getFileContents) \
    X(getFileLocation) \
    X(getFileName) \
    X(getInclusions) \
    X(getLocationForOffset) \
    X(getNullCursor) \
    X(getNumArgTypes) \
    X(getNumDiagnostics) \
    X(getPointeeType) \
    X(getRange) \
    X(getRangeEnd) \
    X(getRangeStart) \
    X(getSpellingLocation) \
    X(getTokenLocation) \
    X(getTokenSpelling) \
    X(getTranslationUnitCursor) \
    X(getTypeDeclaration) \
    X(getTypeSpelling) \
    X(getUnqualifiedType) \
    X(isConstQualifiedType) \
    X(isCursorDefinition) \
    X(isDeclaration) \
    X(isExpression) \
    X(parseTranslationUnit2) \
    X(tokenize) \
    X(visitChildren)

typedef struct mc_libclang_api {
#define MC_LIBCLANG_FIELD(name) __typeof__(clang_##name) *name;
    MC_LIBCLANG_FUNCTIONS(MC_LIBCLANG_FIELD)
#undef MC_LIBCLANG_FIELD
} mc_libclang_api;

extern mc_libclang_api mc_clang;

/* Loads libclang once (safe from any thread). NULL when it is there, else why
 * not, in words naming the library ("cannot load libclang (PATH): ..."). */
const char *mc_libclang_load(void);

#define clang_CompilationDatabase_dispose (mc_clang.CompilationDatabase_dispose)
#define clang_CompilationDatabase_fromDirectory (mc_clang.CompilationDatabase_fromDirectory)
#define clang_CompilationDatabase_getAllCompileCommands (mc_clang.CompilationDatabase_getAllCompileCommands)
#define clang_CompileCommand_getArg (mc_clang.CompileCommand_getArg)
#define clang_CompileCommand_getDirectory (mc_clang.CompileCommand_getDirectory)
#define clang_CompileCommand_getFilename (mc_clang.CompileCommand_getFilename)
#define clang_CompileCommand_getNumArgs (mc_clang.CompileCommand_getNumArgs)
#define clang_CompileCommands_dispose (mc_clang.CompileCommands_dispose)
#define clang_CompileCommands_getCommand (mc_clang.CompileCommands_getCommand)
#define clang_CompileCommands_getSize (mc_clang.CompileCommands_getSize)
#define clang_Cursor_Evaluate (mc_clang.Cursor_Evaluate)
#define clang_Cursor_getArgument (mc_clang.Cursor_getArgument)
#define clang_Cursor_getNumArguments (mc_clang.Cursor_getNumArguments)
#define clang_Cursor_getStorageClass (mc_clang.Cursor_getStorageClass)
#define clang_Cursor_hasVarDeclGlobalStorage (mc_clang.Cursor_hasVarDeclGlobalStorage)
#define clang_Cursor_isNull (mc_clang.Cursor_isNull)
#define clang_Cursor_isVariadic (mc_clang.Cursor_isVariadic)
#define clang_EvalResult_dispose (mc_clang.EvalResult_dispose)
#define clang_EvalResult_getAsLongLong (mc_clang.EvalResult_getAsLongLong)
#define clang_EvalResult_getAsUnsigned (mc_clang.EvalResult_getAsUnsigned)
#define clang_EvalResult_getKind (mc_clang.EvalResult_getKind)
#define clang_EvalResult_isUnsignedInt (mc_clang.EvalResult_isUnsignedInt)
#define clang_File_tryGetRealPathName (mc_clang.File_tryGetRealPathName)
#define clang_Location_isInSystemHeader (mc_clang.Location_isInSystemHeader)
#define clang_PrintingPolicy_dispose (mc_clang.PrintingPolicy_dispose)
#define clang_PrintingPolicy_setProperty (mc_clang.PrintingPolicy_setProperty)
#define clang_Type_getSizeOf (mc_clang.Type_getSizeOf)
#define clang_Type_visitFields (mc_clang.Type_visitFields)
#define clang_createIndex (mc_clang.createIndex)
#define clang_disposeDiagnostic (mc_clang.disposeDiagnostic)
#define clang_disposeIndex (mc_clang.disposeIndex)
#define clang_disposeString (mc_clang.disposeString)
#define clang_disposeTokens (mc_clang.disposeTokens)
#define clang_disposeTranslationUnit (mc_clang.disposeTranslationUnit)
#define clang_equalCursors (mc_clang.equalCursors)
#define clang_equalTypes (mc_clang.equalTypes)
#define clang_formatDiagnostic (mc_clang.formatDiagnostic)
#define clang_getArgType (mc_clang.getArgType)
#define clang_getArrayElementType (mc_clang.getArrayElementType)
#define clang_getCString (mc_clang.getCString)
#define clang_getCanonicalType (mc_clang.getCanonicalType)
#define clang_getClangVersion (mc_clang.getClangVersion)
#define clang_getCursorBinaryOperatorKind (mc_clang.getCursorBinaryOperatorKind)
#define clang_getCursorDefinition (mc_clang.getCursorDefinition)
#define clang_getCursorExtent (mc_clang.getCursorExtent)
#define clang_getCursorKind (mc_clang.getCursorKind)
#define clang_getCursorKindSpelling (mc_clang.getCursorKindSpelling)
#define clang_getCursorLinkage (mc_clang.getCursorLinkage)
#define clang_getCursorLocation (mc_clang.getCursorLocation)
#define clang_getCursorPrettyPrinted (mc_clang.getCursorPrettyPrinted)
#define clang_getCursorPrintingPolicy (mc_clang.getCursorPrintingPolicy)
#define clang_getCursorReferenced (mc_clang.getCursorReferenced)
#define clang_getCursorResultType (mc_clang.getCursorResultType)
#define clang_getCursorSemanticParent (mc_clang.getCursorSemanticParent)
#define clang_getCursorSpelling (mc_clang.getCursorSpelling)
#define clang_getCursorType (mc_clang.getCursorType)
#define clang_getCursorUSR (mc_clang.getCursorUSR)
#define clang_getCursorUnaryOperatorKind (mc_clang.getCursorUnaryOperatorKind)
#define clang_getCursorVisibility (mc_clang.getCursorVisibility)
#define clang_getDiagnostic (mc_clang.getDiagnostic)
#define clang_getDiagnosticSeverity (mc_clang.getDiagnosticSeverity)
#define clang_getDiagnosticSpelling (mc_clang.getDiagnosticSpelling)
#define clang_getEnumConstantDeclValue (mc_clang.getEnumConstantDeclValue)
#define clang_getEnumDeclIntegerType (mc_clang.getEnumDeclIntegerType)
#define clang_getExpansionLocation (mc_clang.getExpansionLocation)
#define clang_getFileContents (mc_clang.getFileContents)
#define clang_getFileLocation (mc_clang.getFileLocation)
#define clang_getFileName (mc_clang.getFileName)
#define clang_getInclusions (mc_clang.getInclusions)
#define clang_getLocationForOffset (mc_clang.getLocationForOffset)
#define clang_getNullCursor (mc_clang.getNullCursor)
#define clang_getNumArgTypes (mc_clang.getNumArgTypes)
#define clang_getNumDiagnostics (mc_clang.getNumDiagnostics)
#define clang_getPointeeType (mc_clang.getPointeeType)
#define clang_getRange (mc_clang.getRange)
#define clang_getRangeEnd (mc_clang.getRangeEnd)
#define clang_getRangeStart (mc_clang.getRangeStart)
#define clang_getSpellingLocation (mc_clang.getSpellingLocation)
#define clang_getTokenLocation (mc_clang.getTokenLocation)
#define clang_getTokenSpelling (mc_clang.getTokenSpelling)
#define clang_getTranslationUnitCursor (mc_clang.getTranslationUnitCursor)
#define clang_getTypeDeclaration (mc_clang.getTypeDeclaration)
#define clang_getTypeSpelling (mc_clang.getTypeSpelling)
#define clang_getUnqualifiedType (mc_clang.getUnqualifiedType)
#define clang_isConstQualifiedType (mc_clang.isConstQualifiedType)
#define clang_isCursorDefinition (mc_clang.isCursorDefinition)
#define clang_isDeclaration (mc_clang.isDeclaration)
#define clang_isExpression (mc_clang.isExpression)
#define clang_parseTranslationUnit2 (mc_clang.parseTranslationUnit2)
#define clang_tokenize (mc_clang.tokenize)
#define clang_visitChildren (mc_clang.visitChildren)

#endif
