<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>Segmenta::ColumnProfileView</name>
    <message numerus="yes">
        <source>&lt;br&gt;%Ln most frequent shown; %L1 rows hold other values</source>
        <translation>
            <numerusform>&lt;br&gt;%Ln most frequent shown; %L1 rows hold other values</numerusform><numerusform>&lt;br&gt;%Ln most frequent shown; %L1 rows hold other values</numerusform></translation>
    </message>
</context>
<context>
    <name>Segmenta::CustomerListDialog</name>
    <message numerus="yes">
        <source>%1: %Ln customers. Click a column header to sort.</source>
        <translation>
            <numerusform>%1: %Ln customer. Click a column header to sort.</numerusform><numerusform>%1: %Ln customers. Click a column header to sort.</numerusform></translation>
    </message>
</context>
<context>
    <name>Segmenta::ExportPage</name>
    <message numerus="yes">
        <source>%1 customers on %n lists in %2.</source>
        <translation>
            <numerusform>%1 customers on %n list in %2.</numerusform><numerusform>%1 customers on %n lists in %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>Segmenta::HealthPage</name>
    <message numerus="yes">
        <source>%n findings to look at before the lists go to sales.</source>
        <translation>
            <numerusform>%n finding to look at before the lists go to sales.</numerusform><numerusform>%n findings to look at before the lists go to sales.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n segments with a rule error are left out.</source>
        <translation>
            <numerusform>%n segment with a rule error is left out.</numerusform><numerusform>%n segments with a rule error are left out.</numerusform></translation>
    </message>
</context>
<context>
    <name>Segmenta::WarehouseDialog</name>
    <message numerus="yes">
        <source>Connected. The orders have %n columns.</source>
        <translation>
            <numerusform>Connected. The orders have %n column.</numerusform><numerusform>Connected. The orders have %n columns.</numerusform></translation>
    </message>
</context>
</TS>