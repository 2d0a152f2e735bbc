// chronomerge's own list (Apache-2.0, like the package): spelling and transliteration variants of given
// names met in UK case records that the nickname data set does not hold. One group a line, lower case,
// diacritics already folded. Extend it by adding a line; every name in a line is a variant of the others.

/** Spelling and transliteration variants of given names, one group a line. */
export const nameVariantData = `mohammed muhammad mohamed mohammad muhammed mohamad mohamud mahomed mohammod muhamed
ahmed ahmad ahmet ahmid
hussain hussein husain hossain husein
hassan hasan
abdul abdool abdel
yusuf yousef yusef youssef yousuf
ibrahim ebrahim ibraheem
mustafa mustapha mostafa
osman uthman othman usman
fatima fatimah fatma
aisha ayesha aysha aishah ayesa
khadija khadijah khadeeja
mariam maryam miriam
zainab zaynab zeinab
kayleigh kayley kaylee kaleigh kailey kaylie kaley
leigh lee
shaun shawn sean shaune shaughn
stephen steven stefan stephan
katie katy katey
zoe zoey
caitlin kaitlyn katelyn caitlyn kaitlin
ashleigh ashley
lindsay lindsey linsey
leanne lianne leann
jayden jaden jaydon jaiden
aiden aidan ayden
jamie jaime jamey
rachael rachel
hannah hanna
chantelle shantelle chantel
danielle daniele
natalie nathalie natalee
sophie sophy sofie
louise louisa
aleksandra alexandra
aleksander alexander oleksandr aleksandr
piotr peter pyotr
krzysztof christopher
jakub jacob yakub
michal michael mikhail
pawel paul
tomasz thomas
andrzej andrew andrei andriy
nikolai nicholas mykola
dmitri dmitry dmytro
sergei sergey serhiy
yevgeny evgeny eugene
olena elena helena
yuliya yulia julia
natalia natalya nataliya
tatiana tatyana tetiana`;
